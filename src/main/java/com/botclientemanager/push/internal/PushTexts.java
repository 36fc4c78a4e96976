package com.botclientemanager.push.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The app's texts (i18n/messages) in a device's language, without a UI: pt-BR unless the device asked for English. */
public final class PushTexts {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    private PushTexts() {
    }

    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : PT_BR;
    }

    public static String text(Locale locale, String key, List<Object> args) {
        Locale chosen = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle("i18n.messages", chosen,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return args.isEmpty() ? pattern : new MessageFormat(pattern, chosen).format(args.toArray());
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
