package com.botclientemanager.templates.internal;

import com.botclientemanager.templates.MessageData;
import com.botclientemanager.templates.Placeholder;
import com.botclientemanager.templates.RenderedMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces {@code {name}}-style placeholders in a template body. Only an opening brace, a known name (exact, case
 * sensitive) and a closing brace form a placeholder; every other character, other braces included, is copied as is, so
 * JSON or text art a reseller pasted, WhatsApp formatting, line breaks and emoji come out unchanged. Never throws.
 */
public final class PlaceholderRenderer {

    private static final int LONGEST_NAME = Placeholder.LONGEST_NAME;
    private static final Logger log = LoggerFactory.getLogger(PlaceholderRenderer.class);

    private final Function<BigDecimal, Optional<String>> pixCode;

    /** @param pixCode the PIX copy-and-paste code for an amount, empty when PIX is not set up */
    public PlaceholderRenderer(Function<BigDecimal, Optional<String>> pixCode) {
        this.pixCode = pixCode;
    }

    public RenderedMessage render(String body, MessageData data, Locale locale) {
        if (body == null || body.isEmpty()) {
            return new RenderedMessage("", java.util.List.of());
        }
        StringBuilder out = new StringBuilder(body.length() + 64);
        Set<String> missing = new LinkedHashSet<>();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            int close = c == '{' ? closingBrace(body, i) : -1;
            Optional<Placeholder> placeholder = close < 0 ? Optional.empty() : Placeholder.byName(body.substring(i + 1, close));
            if (placeholder.isPresent()) {
                String value = valueOf(placeholder.get(), data, locale, afterCurrencySymbol(out));
                if (value.isBlank()) {
                    missing.add(body.substring(i + 1, close));
                } else {
                    out.append(value);
                }
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        // A placeholder left empty at the end (e.g. {pix} without PIX set up) must not leave blank lines behind.
        return new RenderedMessage(out.toString().stripTrailing(), new ArrayList<>(missing));
    }

    private static int closingBrace(String body, int open) {
        int limit = Math.min(body.length(), open + LONGEST_NAME + 2);
        for (int j = open + 1; j < limit; j++) {
            char c = body.charAt(j);
            if (c == '}') {
                return j;
            }
            if (c == '{') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the text so far ends with "R$" (and spaces): the older bot's texts say "R$ {value}" because it printed the
     * bare number there, so the price then comes without its symbol ("R$ 30,00", never "R$ R$ 30,00").
     */
    private static boolean afterCurrencySymbol(StringBuilder out) {
        int end = out.length();
        while (end > 0 && Character.isSpaceChar(out.charAt(end - 1))) {
            end--;
        }
        return end >= 2 && out.charAt(end - 2) == 'R' && out.charAt(end - 1) == '$';
    }

    private String valueOf(Placeholder placeholder, MessageData data, Locale locale, boolean afterCurrencySymbol) {
        if (data == null) {
            return "";
        }
        try {
            String value = switch (placeholder) {
                case NAME -> data.name();
                case DUE_DATE -> MessageFormats.date(data.dueDate(), locale);
                case VALUE -> afterCurrencySymbol ? MessageFormats.amount(data.value(), locale)
                        : MessageFormats.money(data.value(), locale);
                case BALANCE -> afterCurrencySymbol ? MessageFormats.amount(data.balanceOrValue(), locale)
                        : MessageFormats.money(data.balanceOrValue(), locale);
                case PLAN -> data.plan();
                case SERVICE -> data.service();
                case DAYS -> MessageFormats.daysBetween(data.today(), data.dueDate());
                case PHONE -> MessageFormats.phone(data.phone());
                case NEW_DUE_DATE -> MessageFormats.date(data.newDueDate(), locale);
                case DUE_DAY -> data.dueDate() == null ? null : Integer.toString(data.dueDate().getDayOfMonth());
                case PIX -> data.pix() != null ? data.pix()
                        : MessageFormats.positive(data.value()) ? pixCode.apply(data.value()).orElse("") : "";
                case SERVER -> data.server();
                case USERNAME -> data.username();
                case PASSWORD -> data.password();
                case LINK -> data.link();
            };
            return value == null ? "" : value.strip();
        } catch (RuntimeException e) {
            log.warn("Placeholder {} could not be rendered: {}", placeholder, e.toString());
            return "";
        }
    }
}
