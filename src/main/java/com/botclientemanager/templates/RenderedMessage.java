package com.botclientemanager.templates;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template rendered for one client.
 *
 * @param text    the message as the client reads it
 * @param missing the placeholders (names as written, without braces) that had no value and rendered empty
 */
public record RenderedMessage(String text, List<String> missing) {

    /** Anything that looks like a placeholder: a brace, a word, a brace ({nome}, {plan_type}, {x1}). */
    private static final Pattern PLACEHOLDER_LIKE = Pattern.compile("\\{([\\p{L}_][\\p{L}\\p{N}_]*)}");

    public RenderedMessage {
        text = text == null ? "" : text;
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /**
     * The placeholders (names without braces) that make this text unfit to send: a placeholder-shaped word still in the
     * text (a name this app does not know, left raw) and a placeholder that rendered empty, except {pix}, which a text
     * may leave out when PIX is not set up.
     */
    public List<String> unfilled() {
        Set<String> names = new LinkedHashSet<>(leftIn(text));
        for (String name : missing) {
            if (Placeholder.byName(name).map(p -> !p.optional()).orElse(true)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** Placeholder-shaped words in a text, in order of appearance. */
    public static Set<String> leftIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = PLACEHOLDER_LIKE.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }
}
