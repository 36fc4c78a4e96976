package com.botclientemanager.whatsapp;

import java.util.Locale;

/** One value of the WhatsApp connection, as set on the WhatsApp page or by its {@code app.whatsapp.*} property. */
public enum ConnectionField {
    PROVIDER("app.whatsapp.provider", false),
    PUBLIC_URL("app.whatsapp.public-url", false),
    EVOLUTION_URL("app.whatsapp.evolution.url", false),
    EVOLUTION_API_KEY("app.whatsapp.evolution.api-key", true),
    EVOLUTION_INSTANCE("app.whatsapp.evolution.instance", false),
    CLOUD_PHONE_NUMBER_ID("app.whatsapp.cloud.phone-number-id", false),
    CLOUD_ACCESS_TOKEN("app.whatsapp.cloud.access-token", true),
    CLOUD_APP_SECRET("app.whatsapp.cloud.app-secret", true),
    /** Secret, but shown on the page: the user pastes it into Meta's app settings. */
    CLOUD_VERIFY_TOKEN("app.whatsapp.cloud.verify-token", true);

    private final String property;
    private final boolean secret;

    ConnectionField(String property, boolean secret) {
        this.property = property;
        this.secret = secret;
    }

    public String property() {
        return property;
    }

    /** The environment variable that sets it, e.g. {@code APP_WHATSAPP_EVOLUTION_API_KEY}. */
    public String environmentVariable() {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public boolean secret() {
        return secret;
    }

    /** Never sent to the browser: every secret but the verify token, which the user must copy into Meta. */
    public boolean hidden() {
        return secret && this != CLOUD_VERIFY_TOKEN;
    }

    /** The key in {@code whatsapp-connection.json}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
