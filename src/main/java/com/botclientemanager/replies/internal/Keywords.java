package com.botclientemanager.replies.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a keyword in a client's message as a whole word, ignoring case, accents and the words around it: "Quero SAIR
 * por favor" and "pârar" match, "saira" and "sairei" do not.
 */
public final class Keywords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Keywords() {
    }

    /** The first of {@code keywords} that is a word of {@code text}, as configured. */
    public static Optional<String> find(String text, List<String> keywords) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> words = List.of(NOT_WORD.split(fold(text)));
        return keywords.stream().filter(k -> !fold(k).isBlank() && containsPhrase(words, fold(k))).findFirst();
    }

    private static boolean containsPhrase(List<String> words, String keyword) {
        List<String> phrase = List.of(NOT_WORD.split(keyword.strip()));
        return java.util.Collections.indexOfSubList(words, phrase) >= 0;
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }
}
