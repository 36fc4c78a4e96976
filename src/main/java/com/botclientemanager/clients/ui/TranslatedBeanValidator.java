package com.botclientemanager.clients.ui;

import com.vaadin.flow.data.validator.BeanValidator;
import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Vaadin's Bean Validation for one property, with the constraint's message template ({@code {i18n.key}}) looked up in
 * the app's bundles instead of Hibernate Validator's, so every message is in the user's language.
 */
class TranslatedBeanValidator extends BeanValidator {

    private final transient BiFunction<String, Locale, String> translate;

    TranslatedBeanValidator(Class<?> beanType, String property, BiFunction<String, Locale, String> translate) {
        super(beanType, property);
        this.translate = translate;
    }

    @Override
    protected String getMessage(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            return translate.apply(template.substring(1, template.length() - 1), locale);
        }
        return super.getMessage(violation, locale);
    }
}
