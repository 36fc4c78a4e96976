package com.botclientemanager.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.JsonNodeFactory;

/** The fast paths for common formats read exactly what the general parsers read, and refuse what they refuse. */
class LenientTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @ParameterizedTest
    @ValueSource(strings = {"2025-07-02", " 2025-07-02 ", "2024-02-29", "2025-02-29", "2025-13-01", "2025-00-10",
            "2025-07-02T10:00:00", "2025-07-02xyz", "02/07/2025", "2025-07-02/x", "2025-7-2", "0000-01-01", "abcd-ef-gh"})
    void datesAreReadAsJavaTimeReadsThem(String text) {
        assertThat(Lenient.date(NODES.stringNode(text))).isEqualTo(general(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-07-02T17:43:16.412774", "2025-07-02T17:43:16", "2025-07-02T17:43", "2025-07-02T17:43:16.4",
            "2025-07-02T17:43:16.123456789", "2025-07-02T17:43:16.1234567890", "2025-07-02T24:00:00", "2025-07-02T23:60:00",
            "2025-02-30T10:00:00", "2025-07-02T17:43:16.", "2025-07-02 17:43:16", "2025-07-02T17:43:16Z",
            "2025-07-02T17:43:16.412774-03:00", " 2025-07-02T17:43:16.412774 "})
    void dateTimesAreReadAsJavaTimeReadsThem(String text) {
        LocalDateTime expected;
        try {
            expected = LocalDateTime.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            try {
                expected = java.time.OffsetDateTime.parse(text.trim()).toLocalDateTime();
            } catch (java.time.format.DateTimeParseException again) {
                expected = null;
            }
        }
        assertThat(Lenient.dateTime(NODES.stringNode(text))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"09:00,09:00", "9:05,09:05", "23:59,23:59", "24:00,null", "10:60,null",
            "10:00:30,10:00", "'10:00:30.5',10:00", "1000,null", "aa:bb,null", "' 08:30 ',08:30"})
    void timesKeepHourAndMinute(String text, String expected) {
        assertThat(Lenient.time(NODES.stringNode(text))).isEqualTo(expected == null ? null : LocalTime.parse(expected));
    }

    /** One reader: a stored file and an imported sheet read the same text the same way, or both refuse it. */
    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"31/12/2025,2025-12-31", "1/2/2025,2025-02-01", "31/02/2025,null",
            "29/02/2024,2024-02-29", "29/02/2025,null", "2025-12-31,2025-12-31", "'2025-12-31T10:00:00',2025-12-31",
            "'2025-12-31 10:00',2025-12-31", "12/31/2025,null", "amanhã,null"})
    void aDateReadsTheSameInAStoredFileAndAnImport(String text, String expected) {
        LocalDate date = expected == null ? null : LocalDate.parse(expected);
        assertThat(Lenient.date(NODES.stringNode(text))).isEqualTo(date);
        if (date == null) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> ImportValues.date(text));
        } else {
            assertThat(ImportValues.date(text)).isEqualTo(date);
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"9h00,09:00", "18H30,18:30", "9:00,09:00", "'09:00:00',09:00", "25h00,null"})
    void aTimeReadsTheSameInAStoredFileAndAnImport(String text, String expected) {
        LocalTime time = expected == null ? null : LocalTime.parse(expected);
        assertThat(Lenient.time(NODES.stringNode(text))).isEqualTo(time);
        if (time == null) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> ImportValues.time(text));
        } else {
            assertThat(ImportValues.time(text)).isEqualTo(time);
        }
    }

    @ParameterizedTest
    @CsvSource({"sim,true", "Não,false", "ativo,true", "inativo,false", "yes,true", "off,false"})
    void yesAndNoReadTheSameInAStoredFileAndAnImport(String text, boolean expected) {
        assertThat(Lenient.bool(NODES.stringNode(text), !expected)).isEqualTo(expected);
        assertThat(ImportValues.bool(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"'29,90',29.90", "'R$ 1.234,56',1234.56", "35.5,35.5", "'1.234',1.234", "29.999,29.999", "abc,null"})
    void amountsWrittenAsTextReadAsAPersonOrAProgramWroteThem(String text, String expected) {
        assertThat(Lenient.decimal(NODES.stringNode(text)))
                .isEqualTo(expected == null ? null : new java.math.BigDecimal(expected));
    }

    private static LocalDate general(String text) {
        String trimmed = text.trim();
        try {
            return trimmed.contains("/") ? LocalDate.parse(trimmed, java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu"))
                    : LocalDate.parse(trimmed.length() > 10 ? trimmed.substring(0, 10) : trimmed);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
