/**
 * Notifications on the reseller's phone with the app closed (Web Push, VAPID): the devices each user turned them on
 * in, which events each user wants, and the sending (grouped, rate-limited per device, retried with back-off).
 * Other modules' events reach it through its listeners; {@link com.botclientemanager.push.PushService#notify} sends
 * any other notice.
 */
package com.botclientemanager.push;
