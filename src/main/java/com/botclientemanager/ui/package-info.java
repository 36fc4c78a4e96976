/** The shell every page shares: layout, banners, live updates, toasts, translations and preferences. */
package com.botclientemanager.ui;
