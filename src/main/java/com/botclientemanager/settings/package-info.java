/** The settings page, where the sections other modules offer (defaults, PIX, storage, password) come together. */
package com.botclientemanager.settings;
