package com.botclientemanager.clients;

/**
 * What "Enviar agora" sends: a template (by id) or a text the reseller wrote; exactly one of the two is set.
 *
 * @param templateId the template's id, null for free text
 * @param text       the free text (placeholders allowed), null for a template
 */
public record MessageChoice(String templateId, String text) {

    public static MessageChoice template(String templateId) {
        return new MessageChoice(templateId, null);
    }

    public static MessageChoice freeText(String text) {
        return new MessageChoice(null, text);
    }
}
