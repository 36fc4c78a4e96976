package com.botclientemanager.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.templates.MessageData;
import com.botclientemanager.templates.RenderedMessage;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Rendering (and the unknown-placeholder check) never throws, whatever the body and the client's data. Under
 * {@code mvn test} this replays the seeds in {@code PlaceholderRendererFuzzTestInputs/}; {@code JAZZER_FUZZ=1 ./mvnw test -Djazzer.hooks=true
 * -Dtest=PlaceholderRendererFuzzTest} fuzzes for real (see junit-platform.properties).
 */
class PlaceholderRendererFuzzTest {

    private final PlaceholderRenderer renderer = new PlaceholderRenderer(amount -> Optional.of(BrCode.build(
            "123e4567-e12b-12d1-a456-426655440000", "FULANO", "BRASILIA", amount, null)));

    @FuzzTest(maxDuration = "30s")
    void renderingNeverThrows(FuzzedDataProvider input) {
        MessageData data = input.consumeBoolean() ? null : new MessageData(
                nullable(input), nullable(input), nullable(input), nullable(input),
                input.consumeBoolean() ? null : BigDecimal.valueOf(input.consumeLong(), input.consumeInt(-5, 5)),
                date(input), date(input), date(input));
        Locale locale = switch (input.consumeInt(0, 3)) {
            case 0 -> null;
            case 1 -> Locale.ENGLISH;
            case 2 -> Locale.forLanguageTag(input.consumeString(8));
            default -> Locale.forLanguageTag("pt-BR");
        };
        String body = input.consumeRemainingAsString();
        RenderedMessage message = renderer.render(body, data, locale);
        assertThat(message.text()).isNotNull();
        assertThat(message.missing()).isNotNull();
        assertThat(TemplateValidator.unknownPlaceholders(body)).isNotNull();
    }

    private static String nullable(FuzzedDataProvider input) {
        return input.consumeBoolean() ? null : input.consumeString(40);
    }

    private static LocalDate date(FuzzedDataProvider input) {
        return input.consumeBoolean() ? null : LocalDate.ofEpochDay(input.consumeLong(-365_243_219_162L, 365_241_780_471L));
    }
}
