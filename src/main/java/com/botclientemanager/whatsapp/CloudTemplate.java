package com.botclientemanager.whatsapp;

import java.util.List;
import java.util.Objects;

/** An approved Cloud API template call: its name, language code (e.g. {@code pt_BR}) and the body parameters in order. */
public record CloudTemplate(String name, String language, List<String> bodyParameters) {

    public CloudTemplate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        bodyParameters = bodyParameters == null ? List.of() : List.copyOf(bodyParameters);
    }
}
