package com.botclientemanager.whatsapp;

import java.util.List;

/**
 * An approved WhatsApp Cloud API template, for sending outside the 24-hour window. A message template maps onto one
 * with the placeholder names that fill its body parameters; the message sent carries their values
 * ({@link #withParameters}).
 *
 * @param name       the approved template's name (lower case, digits, underscores)
 * @param language   its language code, e.g. {@code pt_BR} or {@code en_US}
 * @param parameters the body parameters {{1}}, {{2}}, ... in this order: placeholder names in a message template,
 *                   their values in a message to send
 */
public record CloudTemplate(String name, String language, List<String> parameters) {

    public CloudTemplate {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    /** The same template with these body parameters (the values of the placeholders, for one client). */
    public CloudTemplate withParameters(List<String> values) {
        return new CloudTemplate(name, language, values);
    }
}
