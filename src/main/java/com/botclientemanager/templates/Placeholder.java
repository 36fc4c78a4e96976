package com.botclientemanager.templates;

import java.util.Locale;
import java.util.Optional;

/** The placeholders a template may use, each with the seed app's English name and a Portuguese alias. */
public enum Placeholder {
    NAME("name", "nome"),
    DUE_DATE("expires_at", "vencimento"),
    VALUE("value", "valor"),
    PLAN("plan", "plano"),
    SERVICE("service", "servico"),
    DAYS("days", "dias"),
    PHONE("phone", "telefone"),
    NEW_DUE_DATE("new_due", "nova_data"),
    PIX("pix", "pix");

    private final String english;
    private final String portuguese;

    Placeholder(String english, String portuguese) {
        this.english = english;
        this.portuguese = portuguese;
    }

    public String english() {
        return english;
    }

    public String portuguese() {
        return portuguese;
    }

    /** The name shown to a user of this language (the insert buttons): Portuguese unless English. */
    public String nameFor(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : portuguese;
    }

    /** Exact, case-sensitive lookup by either name (without braces). */
    public static Optional<Placeholder> byName(String name) {
        for (Placeholder placeholder : values()) {
            if (placeholder.english.equals(name) || placeholder.portuguese.equals(name)) {
                return Optional.of(placeholder);
            }
        }
        return Optional.empty();
    }
}
