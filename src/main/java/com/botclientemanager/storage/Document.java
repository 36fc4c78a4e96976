package com.botclientemanager.storage;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One of the app's documents, each one JSON file in the data dir or in the GitHub repository. The four fixed ones are
 * the constants; a document that grows by period (payments by month) is a family: its members share the family's name
 * and format and each has a key ({@code payments/2026-11.json}), so a change rewrites one member only.
 *
 * @param name the family, also the fixed document's file name without {@code .json}
 * @param key  the member of the family (e.g. {@code 2026-11}), or null for the fixed document
 */
public record Document(String name, String key) {

    // before the constants: their constructor uses them
    private static final Pattern NAME = Pattern.compile("[a-z]+");
    /** Only letters, digits and dashes: a key never names a path outside the family's folder. */
    private static final Pattern KEY = Pattern.compile("[0-9a-z][0-9a-z-]{0,31}");

    /** The seed app's format: {@code {"clients": [...]}}. */
    public static final Document CLIENTS = new Document("clients", null);
    public static final Document TEMPLATES = new Document("templates", null);
    /** The single payments file of older versions; payments now live in its family's monthly members. */
    public static final Document PAYMENTS = new Document("payments", null);
    public static final Document SETTINGS = new Document("settings", null);

    public Document {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches() || (key != null && !KEY.matcher(key).matches())) {
            throw new IllegalArgumentException("not a document name: " + name + (key == null ? "" : "/" + key));
        }
    }

    /** The fixed documents (not the members of a family). */
    public static Document[] values() {
        return new Document[] {CLIENTS, TEMPLATES, PAYMENTS, SETTINGS};
    }

    /** The member {@code key} of this document's family, e.g. {@code PAYMENTS.member("2026-11")}. */
    public Document member(String memberKey) {
        return new Document(name, Objects.requireNonNull(memberKey, "key"));
    }

    public boolean isMember() {
        return key != null;
    }

    /** True for the fixed document and every member of its family: they share a format and its checks. */
    public boolean sameFamily(Document other) {
        return name.equals(other.name);
    }

    /** {@code clients.json}, or {@code payments/2026-11.json} for a member. */
    public String fileName() {
        return key == null ? name + ".json" : name + "/" + key + ".json";
    }

    /** A name without folders: {@code payments-2026-11} (backups, damaged copies). */
    public String flatName() {
        return key == null ? name : name + "-" + key;
    }

    @Override
    public String toString() {
        return fileName();
    }
}
