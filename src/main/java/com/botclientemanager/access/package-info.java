/**
 * A client's IPTV access data (panel user, password or code, screens, device, notes), kept in {@code access.json} with
 * the user and the password encrypted by a key that lives only in the local data dir ({@code secret.key}).
 */
package com.botclientemanager.access;
