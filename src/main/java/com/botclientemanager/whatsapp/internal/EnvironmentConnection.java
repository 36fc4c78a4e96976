package com.botclientemanager.whatsapp.internal;

import com.botclientemanager.whatsapp.ConnectionSettings;

/** The connection values set by {@code app.whatsapp.*} properties or environment variables: they win over the page. */
public record EnvironmentConnection(ConnectionSettings values) {
}
