package com.botclientemanager.whatsapp;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The provider and its values (some secret), as entered on the WhatsApp page or set in the environment. A missing
 * value is absent, never blank. {@link #toString()} hides the secrets.
 */
public final class ConnectionSettings {

    private final Map<ConnectionField, String> values;

    private ConnectionSettings(Map<ConnectionField, String> values) {
        this.values = values;
    }

    public static ConnectionSettings empty() {
        return new ConnectionSettings(Collections.unmodifiableMap(new EnumMap<>(ConnectionField.class)));
    }

    public static ConnectionSettings of(Map<ConnectionField, String> values) {
        ConnectionSettings settings = empty();
        for (Map.Entry<ConnectionField, String> entry : values.entrySet()) {
            settings = settings.with(entry.getKey(), entry.getValue());
        }
        return settings;
    }

    /** The value, stripped, or null when absent. */
    public String get(ConnectionField field) {
        return values.get(field);
    }

    public boolean has(ConnectionField field) {
        return values.containsKey(field);
    }

    /** A copy with {@code field} set; null or blank removes it. */
    public ConnectionSettings with(ConnectionField field, String value) {
        EnumMap<ConnectionField, String> copy = new EnumMap<>(ConnectionField.class);
        copy.putAll(values);
        if (value == null || value.isBlank()) {
            copy.remove(field);
        } else {
            copy.put(field, value.strip());
        }
        return new ConnectionSettings(Collections.unmodifiableMap(copy));
    }

    /** These values with every value present in {@code winner} replaced by it. */
    public ConnectionSettings overlaidBy(ConnectionSettings winner) {
        ConnectionSettings merged = this;
        for (Map.Entry<ConnectionField, String> entry : winner.values.entrySet()) {
            merged = merged.with(entry.getKey(), entry.getValue());
        }
        return merged;
    }

    public Map<ConnectionField, String> values() {
        return values;
    }

    /** The provider; test mode when absent or unknown. */
    public Provider provider() {
        String value = get(ConnectionField.PROVIDER);
        if (value == null) {
            return Provider.OUTBOX;
        }
        try {
            return Provider.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Provider.OUTBOX;
        }
    }

    /** The instance name; {@code bot-cliente-manager} when absent. */
    public String evolutionInstance() {
        String instance = get(ConnectionField.EVOLUTION_INSTANCE);
        return instance == null ? "bot-cliente-manager" : instance;
    }

    public WhatsAppProperties.Evolution evolution() {
        return new WhatsAppProperties.Evolution(httpUri(get(ConnectionField.EVOLUTION_URL)),
                get(ConnectionField.EVOLUTION_API_KEY), evolutionInstance());
    }

    public WhatsAppProperties.Cloud cloud(URI apiUrl) {
        return new WhatsAppProperties.Cloud(apiUrl, get(ConnectionField.CLOUD_PHONE_NUMBER_ID),
                get(ConnectionField.CLOUD_ACCESS_TOKEN), get(ConnectionField.CLOUD_APP_SECRET),
                get(ConnectionField.CLOUD_VERIFY_TOKEN));
    }

    /** What must be fixed before these settings can be used: i18n keys ({@code whatsapp.setup.invalid.*}). */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        String publicUrl = get(ConnectionField.PUBLIC_URL);
        if (publicUrl != null && httpUri(publicUrl) == null) {
            problems.add(new Problem(ConnectionField.PUBLIC_URL, "whatsapp.setup.invalid.url"));
        }
        switch (provider()) {
            case EVOLUTION -> {
                if (httpUri(get(ConnectionField.EVOLUTION_URL)) == null) {
                    problems.add(new Problem(ConnectionField.EVOLUTION_URL, "whatsapp.setup.invalid.url"));
                }
                required(problems, ConnectionField.EVOLUTION_API_KEY);
                String instance = evolutionInstance();
                if (!instance.matches("[A-Za-z0-9_.-]{1,64}")) {
                    problems.add(new Problem(ConnectionField.EVOLUTION_INSTANCE, "whatsapp.setup.invalid.instance"));
                }
            }
            case CLOUD -> {
                String id = get(ConnectionField.CLOUD_PHONE_NUMBER_ID);
                if (id == null || !id.matches("\\d{5,30}")) {
                    problems.add(new Problem(ConnectionField.CLOUD_PHONE_NUMBER_ID, "whatsapp.setup.invalid.phone-number-id"));
                }
                required(problems, ConnectionField.CLOUD_ACCESS_TOKEN);
                required(problems, ConnectionField.CLOUD_APP_SECRET);
                String verify = get(ConnectionField.CLOUD_VERIFY_TOKEN);
                if (verify == null || verify.length() < 16) {
                    problems.add(new Problem(ConnectionField.CLOUD_VERIFY_TOKEN, "whatsapp.setup.invalid.verify-token"));
                }
            }
            case OUTBOX -> {
                // nothing to set up
            }
        }
        return problems;
    }

    private void required(List<Problem> problems, ConnectionField field) {
        if (!has(field)) {
            problems.add(new Problem(field, "whatsapp.setup.invalid.required"));
        }
    }

    /** An http(s) URI with a host, or null. */
    public static URI httpUri(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null && uri.getUserInfo() == null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A field to fix and the i18n key saying why. */
    public record Problem(ConnectionField field, String messageKey) {
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConnectionSettings settings && settings.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ConnectionSettings[");
        values.forEach((field, value) -> text.append(field.jsonName()).append('=')
                .append(field.secret() ? "***" : value).append(", "));
        return text.append(']').toString();
    }
}
