package com.botclientemanager.clients.internal;

import com.botclientemanager.clients.Client;
import com.botclientemanager.validation.Phones;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The clients in memory: by id (in file order), a normalised search text per client (accents and case ignored) and
 * the ids by due date. Not thread-safe; {@code ClientDirectory} guards it.
 */
public final class ClientIndex {

    /** Digits with the punctuation and spaces people write phone numbers with, and at least one digit. */
    private static final Pattern PHONE_LIKE = Pattern.compile("[+(]*\\d[\\d\\s+().\\-]*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String[] LATIN_FOLDED = latinFolded();

    private final Map<String, Client> byId = new LinkedHashMap<>();
    private final Map<String, String> searchText = new HashMap<>();
    private final TreeMap<LocalDate, Set<String>> byDueDate = new TreeMap<>();

    /** Adds a client, or replaces it keeping its place in file order. */
    public void put(Client client) {
        unindexDueDate(byId.put(client.id(), client));
        searchText.put(client.id(), searchText(client));
        if (client.dueDate() != null) {
            byDueDate.computeIfAbsent(client.dueDate(), d -> new LinkedHashSet<>()).add(client.id());
        }
    }

    public void remove(String id) {
        unindexDueDate(byId.remove(id));
        searchText.remove(id);
    }

    private void unindexDueDate(Client old) {
        if (old != null && old.dueDate() != null) {
            Set<String> ids = byDueDate.get(old.dueDate());
            if (ids != null && ids.remove(old.id()) && ids.isEmpty()) {
                byDueDate.remove(old.dueDate());
            }
        }
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public Optional<Client> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Client> all() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }

    /**
     * Clients whose name, phone, plan or service contain every word of {@code text}; all clients for a blank text. A
     * phone number matches however it is written: "+55 11 90000-0017", "(11) 90000-0017" and "90000-0017" are compared
     * by their digits.
     */
    public List<Client> search(String text) {
        String query = normalise(text == null ? "" : text).trim();
        if (query.isEmpty()) {
            return all();
        }
        String[] words = PHONE_LIKE.matcher(query).matches() ? new String[] {Phones.digits(query)} : SPACES.split(query);
        for (int i = 0; i < words.length; i++) {
            if (PHONE_LIKE.matcher(words[i]).matches()) {
                words[i] = Phones.digits(words[i]);
            }
        }
        List<Client> found = new ArrayList<>();
        for (Map.Entry<String, Client> entry : byId.entrySet()) {
            String haystack = searchText.get(entry.getKey());
            boolean matches = true;
            for (String word : words) {
                if (!haystack.contains(word)) {
                    matches = false;
                    break;
                }
            }
            if (matches) {
                found.add(entry.getValue());
            }
        }
        return found;
    }

    /** Clients due from {@code from} to {@code to}, both included, by due date. */
    public List<Client> dueBetween(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return List.of();
        }
        List<Client> due = new ArrayList<>();
        for (Collection<String> ids : byDueDate.subMap(from, true, to, true).values()) {
            ids.forEach(id -> due.add(byId.get(id)));
        }
        return due;
    }

    /** Lower case without accents. */
    static String normalise(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        fold(text, folded);
        return folded.toString();
    }

    /**
     * Appends {@code text} folded. Names are mostly Latin, so each Latin-1/Latin Extended letter is looked up in a table
     * of its folded form (the same result as folding the whole text); text with other characters takes the full path.
     */
    private static void fold(String text, StringBuilder out) {
        int start = out.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else if (c < LATIN_FOLDED.length) {
                out.append(LATIN_FOLDED[c]);
            } else {
                out.setLength(start);
                out.append(fullFold(text));
                return;
            }
        }
    }

    private static String fullFold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String[] latinFolded() {
        String[] table = new String[0x250];
        for (char c = 0; c < table.length; c++) {
            table[c] = fullFold(String.valueOf(c));
        }
        return table;
    }

    /** Name, phone (as stored and as digits), plan, service and server, folded, separated by spaces. */
    private static String searchText(Client client) {
        String phone = nonNull(client.phone());
        StringBuilder text = new StringBuilder(96);
        fold(nonNull(client.name()), text);
        fold(phone, text.append(' '));
        fold(Phones.digits(phone), text.append(' '));
        fold(nonNull(client.planName()), text.append(' '));
        fold(nonNull(client.service()), text.append(' '));
        fold(nonNull(client.server()), text.append(' '));
        return text.toString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
