package com.botclientemanager.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.ServiceFilter;
import com.botclientemanager.templates.TemplateKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The older bot's templates.json read as templates and written back in its names. */
class OlderBotTemplatesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theOlderTypesAndServicesBecomeKindsOffsetsAndFilters() throws IOException {
        List<MessageTemplate> templates = TemplatesDocument.templates(fixture());

        assertThat(templates).extracting(MessageTemplate::id, MessageTemplate::kind, MessageTemplate::offsetDays,
                MessageTemplate::service).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("default_3days", TemplateKind.BEFORE_DUE, -3, ServiceFilter.ALL),
                        org.assertj.core.groups.Tuple.tuple("default_payment", TemplateKind.DUE_DAY, 0, ServiceFilter.ALL),
                        org.assertj.core.groups.Tuple.tuple("iptv_payment", TemplateKind.DUE_DAY, 0, ServiceFilter.IPTV),
                        org.assertj.core.groups.Tuple.tuple("vpn_promo", TemplateKind.MANUAL, null, ServiceFilter.VPN),
                        org.assertj.core.groups.Tuple.tuple("streaming_3days", TemplateKind.BEFORE_DUE, -3, ServiceFilter.OTHER));
        assertThat(templates.getFirst().body()).isEqualTo("Oi {name}! Seu {plan_type} de R$ {value} vence em 3 dias (dia {payment_day}).");
        assertThat(templates).allMatch(MessageTemplate::active);
    }

    @Test
    void anEditedTemplateIsWrittenBackInTheOlderNamesOnly() throws IOException {
        ObjectNode document = fixture();
        MessageTemplate edited = TemplatesDocument.templates(document).get(1).withBody("Oi {nome}, vence hoje!");

        TemplatesDocument.upsert(document, edited);

        ObjectNode entry = (ObjectNode) document.get("templates").get(1);
        assertThat(entry.propertyNames()).containsExactly("id", "name", "content", "type", "plan_type");
        assertThat(entry.get("content").asString()).isEqualTo("Oi {nome}, vence hoje!");
        assertThat(entry.get("type").asString()).isEqualTo("payment");
        assertThat(entry.get("plan_type").asString()).isEqualTo("all");
        assertThat(document.get("templates").get(4).get("plan_type").asString()).as("untouched").isEqualTo("STREAMING");
    }

    @Test
    void whatTheOlderNamesCannotSayIsWrittenInTheAppsNamesBeside() throws IOException {
        ObjectNode document = fixture();
        MessageTemplate fiveDays = TemplatesDocument.templates(document).getFirst();
        fiveDays = new MessageTemplate(fiveDays.id(), fiveDays.name(), fiveDays.kind(), fiveDays.service(), -5, true,
                fiveDays.body(), null);

        TemplatesDocument.upsert(document, fiveDays);

        assertThat(TemplatesDocument.templates(document).getFirst().offsetDays()).isEqualTo(-5);
    }

    static ObjectNode fixture() throws IOException {
        try (InputStream in = OlderBotTemplatesTest.class.getResourceAsStream("/com/botclientemanager/olderbot/templates.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }
}
