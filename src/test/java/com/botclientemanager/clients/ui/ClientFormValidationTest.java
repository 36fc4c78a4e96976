package com.botclientemanager.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.ClientForm;
import com.botclientemanager.ui.I18nProvider;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The form's Bean Validation rules, with their messages in the user's language (as the Binder shows them). */
class ClientFormValidationTest {

    private static final I18nProvider I18N = new I18nProvider();

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of("name", "", "pt-BR", "Informe o nome do cliente."),
                Arguments.of("name", "   ", "en", "Enter the client name."),
                Arguments.of("name", "x".repeat(101), "pt-BR", "O nome pode ter no máximo 100 caracteres."),
                Arguments.of("name", "x".repeat(101), "en", "The name can have at most 100 characters."),
                Arguments.of("phone", "", "pt-BR", "Informe um número de WhatsApp válido, com DDD."),
                Arguments.of("phone", "", "en", "Enter a valid WhatsApp number, with area code."),
                Arguments.of("value", null, "pt-BR", "Informe o valor."),
                Arguments.of("value", new BigDecimal("0"), "pt-BR", "O valor precisa ser maior que zero."),
                Arguments.of("value", new BigDecimal("-5"), "en", "The price must be above zero."),
                Arguments.of("value", new BigDecimal("29.999"), "pt-BR", "Use no máximo duas casas decimais (ex.: 29,90)."),
                Arguments.of("dueDate", null, "en", "Enter the due date."),
                Arguments.of("renewalDays", 0, "pt-BR", "Informe de 1 a 3650 dias."),
                Arguments.of("notes", "n".repeat(2001), "en", "Notes can have at most 2000 characters."),
                Arguments.of("server", "s".repeat(61), "pt-BR", "O servidor pode ter no máximo 60 caracteres."),
                Arguments.of("server", "s".repeat(61), "en", "The server can have at most 60 characters."));
    }

    @ParameterizedTest
    @MethodSource("invalidValues")
    void invalidValuesAreRefusedWithAMessageInTheUsersLanguage(String property, Object value, String language,
            String message) {
        ValidationResult result = validate(property, value, Locale.forLanguageTag(language));
        assertThat(result.isError()).isTrue();
        assertThat(result.getErrorMessage()).isEqualTo(message);
    }

    static Stream<Arguments> validValues() {
        return Stream.of(
                Arguments.of("name", "Maria <b>Santos</b>"),
                Arguments.of("name", "x".repeat(100)),
                Arguments.of("phone", "5511999887766"),
                Arguments.of("value", new BigDecimal("29.90")),
                Arguments.of("value", new BigDecimal("0.01")),
                Arguments.of("renewalDays", 45));
    }

    @ParameterizedTest
    @MethodSource("validValues")
    void validValuesPass(String property, Object value) {
        assertThat(validate(property, value, I18nProvider.PT_BR).isError()).isFalse();
    }

    private static ValidationResult validate(String property, Object value, Locale locale) {
        TranslatedBeanValidator validator = new TranslatedBeanValidator(ClientForm.class, property,
                (key, l) -> I18N.getTranslation(key, l));
        return validator.apply(value, new ValueContext(null, null, locale));
    }
}
