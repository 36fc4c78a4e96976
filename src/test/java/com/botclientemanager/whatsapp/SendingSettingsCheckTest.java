package com.botclientemanager.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sending settings the WhatsApp page could not have saved damage settings.json instead of falling back to their
 * defaults one by one (a daily cap of "0" written by hand became 300).
 */
class SendingSettingsCheckTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SAVED = "{\"windowStart\":\"08:00\",\"windowEnd\":\"21:00\",\"days\":[\"MONDAY\",\"FRIDAY\"],"
            + "\"ratePerMinute\":3,\"dailyCap\":0}";
    private final SendingSettingsCheck check = new SendingSettingsCheck();

    private static ObjectNode settings(String field, String json) {
        ObjectNode sending = (ObjectNode) JSON.readTree(SAVED);
        sending.set(field, JSON.readTree(json));
        ObjectNode document = JSON.createObjectNode();
        document.putObject("pix").put("key", "a@b.com");
        document.set("sending", sending);
        return document;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "dailyCap | \"0\" | sending.damaged.cap", "dailyCap | -1 | sending.damaged.cap",
            "dailyCap | 100001 | sending.damaged.cap", "dailyCap | 1.5 | sending.damaged.cap",
            "ratePerMinute | 0 | sending.damaged.rate", "ratePerMinute | 6001 | sending.damaged.rate",
            "windowStart | \"25:99\" | sending.damaged.window", "windowEnd | \"07:00\" | sending.damaged.window",
            "windowEnd | 2100 | sending.damaged.window", "days | [\"FUNDAY\"] | sending.damaged.days",
            "days | [] | sending.damaged.days", "days | \"MONDAY\" | sending.damaged.days"})
    void aValueThePageCouldNotHaveSavedDamagesSettings(String field, String json, String key) {
        assertThat(check.check(settings(field, json))).hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo(key));
    }

    @Test
    void whatThePageSavesAndWhatWasNeverSavedAreFine() {
        assertThat(check.check((ObjectNode) JSON.readTree("{\"sending\":" + SAVED + "}"))).isEmpty();
        assertThat(check.check((ObjectNode) JSON.readTree("{\"sending\":{\"dailyCap\":0}}"))).isEmpty();
        assertThat(check.check((ObjectNode) JSON.readTree("{\"pix\":{}}"))).isEmpty();
    }
}
