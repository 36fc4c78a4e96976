package com.botclientemanager.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The app's texts in Brazilian Portuguese (default) and English, from {@code i18n/messages*.properties}. */
@Component
public class I18nProvider implements I18NProvider {

    public static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    public static final Locale EN = Locale.ENGLISH;
    static final String BUNDLE = "i18n.messages";
    private static final Logger log = LoggerFactory.getLogger(I18nProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(PT_BR, EN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), Control.NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, locale);
            return "!" + key;
        }
    }

    /** The supported locale closest to the requested one: English for any English variant, pt-BR otherwise. */
    public static Locale supported(Locale requested) {
        return requested != null && EN.getLanguage().equals(requested.getLanguage()) ? EN : PT_BR;
    }

    /** Bundle lookup without falling back to the JVM's default locale. */
    private static final class Control extends ResourceBundle.Control {
        static final Control NO_FALLBACK = new Control();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
