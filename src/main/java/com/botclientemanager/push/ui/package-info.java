/** The "Notificações" section the settings page shows (the settings module owns the page, this module the data). */
@org.springframework.modulith.NamedInterface("ui")
package com.botclientemanager.push.ui;
