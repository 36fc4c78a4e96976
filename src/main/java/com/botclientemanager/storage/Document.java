package com.botclientemanager.storage;

/** The app's documents, each one JSON file in the data dir or in the GitHub repository. */
public enum Document {
    /** The seed app's format: {@code {"clients": [...]}}. */
    CLIENTS("clients.json"),
    TEMPLATES("templates.json"),
    PAYMENTS("payments.json"),
    SETTINGS("settings.json");

    private final String fileName;

    Document(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
