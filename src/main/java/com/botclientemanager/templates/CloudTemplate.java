package com.botclientemanager.templates;

import java.util.List;

/**
 * How a template maps onto an approved WhatsApp Cloud API template, for sending outside the 24-hour window.
 *
 * @param name       the approved template's name (lower case, digits, underscores)
 * @param language   its language code, e.g. {@code pt_BR} or {@code en_US}
 * @param parameters the placeholder names whose values fill the body parameters {{1}}, {{2}}, ... in this order
 */
public record CloudTemplate(String name, String language, List<String> parameters) {

    public CloudTemplate {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }
}
