package com.botclientemanager.whatsapp.ui;

import com.vaadin.flow.component.Component;

/** Turns a logged reason ("i18n.key | provider detail") into text in the user's language. */
final class Reasons {

    private Reasons() {
    }

    static String describe(Component component, String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        int split = reason.indexOf(" | ");
        String key = split < 0 ? reason : reason.substring(0, split);
        String detail = split < 0 ? null : reason.substring(split + 3);
        String text = key.startsWith("whatsapp.") ? component.getTranslation(key) : key;
        return detail == null ? text : text + " (" + detail + ")";
    }
}
