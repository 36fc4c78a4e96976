package com.botclientemanager.templates;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The placeholders a template may use, each with the seed app's English name and a Portuguese alias, plus the names the
 * older bot's texts use for the same value ({plan_type}, {plan_duration}, {days_until_expiration}), so its default
 * templates and the messages resellers wrote for it read the same here.
 */
public enum Placeholder {
    NAME("name", "nome"),
    DUE_DATE("expires_at", "vencimento", "plan_duration"),
    VALUE("value", "valor"),
    PLAN("plan", "plano"),
    SERVICE("service", "servico", "plan_type"),
    DAYS("days", "dias", "days_until_expiration"),
    PHONE("phone", "telefone"),
    NEW_DUE_DATE("new_due", "nova_data"),
    PIX("pix", "pix"),
    /** The due date's day of the month (the older bot's {payment_day}). */
    DUE_DAY("payment_day", "dia_vencimento"),
    /** The client's server/app ("Servidor"). */
    SERVER("server", "servidor"),
    /** The panel user: filled only for a client whose access data the person chose to include in messages. */
    USERNAME("username", "usuario"),
    /** The access password or code: same condition as {@link #USERNAME}. */
    PASSWORD("password", "senha"),
    /** What is still owed for the current period: the price less partial payments made towards it. */
    BALANCE("balance", "saldo"),
    /** The address of the client's own payment page: empty while the app has no public address. */
    LINK("link", "link");

    /** The longest name of any placeholder ({days_until_expiration}): bounds the renderer's scan. */
    public static final int LONGEST_NAME = 21;

    private final String english;
    private final String portuguese;
    private final List<String> olderNames;

    Placeholder(String english, String portuguese, String... olderNames) {
        this.english = english;
        this.portuguese = portuguese;
        this.olderNames = List.of(olderNames);
    }

    /**
     * Whether a message may go out with this placeholder left empty: {pix} when PIX is not set up, and the access data
     * of a client who has none or did not have "incluir dados de acesso" switched on, and {link} while the app has no
     * public address.
     */
    public boolean optional() {
        return this == PIX || this == SERVER || this == USERNAME || this == PASSWORD || this == LINK;
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

    /** Exact, case-sensitive lookup by any of its names (without braces). */
    public static Optional<Placeholder> byName(String name) {
        for (Placeholder placeholder : values()) {
            if (placeholder.english.equals(name) || placeholder.portuguese.equals(name)
                    || placeholder.olderNames.contains(name)) {
                return Optional.of(placeholder);
            }
        }
        return Optional.empty();
    }
}
