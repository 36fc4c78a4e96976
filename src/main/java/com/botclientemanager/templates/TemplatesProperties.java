package com.botclientemanager.templates;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.templates.*}.
 *
 * @param messageLocale the language of the default templates and of dates and prices in messages, used on first start
 *                      (later the language recorded in templates.json wins): {@code pt-BR} or {@code en}
 */
@Validated
@ConfigurationProperties("app.templates")
public record TemplatesProperties(
        @NotNull @Pattern(regexp = "pt-BR|en", message = "use pt-BR or en") @DefaultValue("pt-BR") String messageLocale) {

    public Locale locale() {
        return Locale.forLanguageTag(messageLocale);
    }
}
