package com.botclientemanager.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Picks each new UI's language: the one chosen in this browser (cookie), else the browser's own language matched to
 * pt-BR or English (pt-BR for anything else).
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            Locale locale = I18nProvider.supported(chosenOrBrowserLocale(VaadinRequest.getCurrent()));
            uiEvent.getUI().setLocale(locale);
            uiEvent.getUI().getSession().setLocale(locale);
        });
    }

    static Locale chosenOrBrowserLocale(VaadinRequest request) {
        if (request == null) {
            return I18nProvider.PT_BR;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            var chosen = Arrays.stream(cookies).filter(c -> Preferences.LANGUAGE_COOKIE.equals(c.getName())).findFirst();
            if (chosen.isPresent()) {
                return Locale.forLanguageTag(chosen.get().getValue());
            }
        }
        return request.getLocale();
    }
}
