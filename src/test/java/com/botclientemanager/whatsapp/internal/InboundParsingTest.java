package com.botclientemanager.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.whatsapp.InboundMessage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Inbound messages read from payloads shaped as Evolution API v2.3.6 and Meta's Cloud API send them. */
class InboundParsingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void evolutionSenderComesFromRemoteJidAltThenSenderPnThenAPhoneJid() {
        InboundMessage alt = evolution("""
                {"key":{"remoteJid":"226409875123456@lid","remoteJidAlt":"551187654321@s.whatsapp.net","fromMe":false,
                 "id":"3EB0A1","addressingMode":"lid"},"pushName":"Maria","message":{"conversation":"SAIR"},
                 "contextInfo":{"stanzaId":"BAE5F5A632EAE722"},"messageType":"conversation","messageTimestamp":1764500000}""");
        assertThat(alt.phone()).isEqualTo("551187654321");
        assertThat(alt.lid()).isEqualTo("226409875123456");
        assertThat(alt.text()).isEqualTo("SAIR");
        assertThat(alt.quotedId()).isEqualTo("BAE5F5A632EAE722");
        assertThat(alt.pushName()).isEqualTo("Maria");

        InboundMessage pn = evolution("""
                {"key":{"remoteJid":"226409875123456@lid","senderPn":"5511987654321@s.whatsapp.net","fromMe":false,
                 "id":"3EB0A2"},"message":{"documentMessage":{"fileName":"pix.pdf","caption":"comprovante"}}}""");
        assertThat(pn.phone()).isEqualTo("5511987654321");
        assertThat(pn.mediaType()).isEqualTo("document");
        assertThat(pn.mediaId()).isEqualTo("pix.pdf");
        assertThat(pn.text()).isEqualTo("comprovante");

        InboundMessage lidOnly = evolution("""
                {"key":{"remoteJid":"226409875123456@lid","fromMe":false,"id":"3EB0A3"},
                 "message":{"conversation":"oi"}}""");
        assertThat(lidOnly.phone()).isNull();
        assertThat(lidOnly.lid()).isEqualTo("226409875123456");

        InboundMessage mine = evolution("""
                {"key":{"remoteJid":"5511987654321@s.whatsapp.net","fromMe":true,"id":"3EB0A4"},
                 "message":{"conversation":"Oi, tudo bem?"}}""");
        assertThat(mine.fromMe()).isTrue();
        assertThat(mine.phone()).isEqualTo("5511987654321");
    }

    @Test
    void evolutionGroupsAndStatusBroadcastsAreNotConversations() {
        assertThat(EvolutionInbound.read(json("""
                {"key":{"remoteJid":"120363025246125486@g.us","participant":"5511987654321@s.whatsapp.net",
                 "fromMe":false,"id":"G1"},"message":{"conversation":"SAIR"}}"""), NOW)).isEmpty();
        assertThat(EvolutionInbound.read(json("""
                {"key":{"remoteJid":"status@broadcast","fromMe":false,"id":"S1"},"message":{"conversation":"x"}}"""),
                NOW)).isEmpty();
    }

    @Test
    void cloudTextButtonInteractiveAndAUserIdWithoutPhone() {
        List<InboundMessage> messages = CloudInbound.read(json("""
                {"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111","phone_number_id":"1"},
                 "contacts":[{"profile":{"name":"Maria"},"wa_id":"5511987654321","user_id":"BR.1502576394655843"}],
                 "messages":[
                  {"from":"5511987654321","id":"wamid.T1","timestamp":"1764500000","type":"text","text":{"body":"Parar"},
                   "context":{"from":"15550001111","id":"wamid.OUT1"}},
                  {"from":"5511987654321","id":"wamid.B1","timestamp":"1764500001","type":"button",
                   "button":{"payload":"STOP_PAYLOAD","text":"Sair"},"context":{"id":"wamid.OUT2"}},
                  {"from":"5511987654321","id":"wamid.I1","timestamp":"1764500002","type":"interactive",
                   "interactive":{"type":"button_reply","button_reply":{"id":"resume","title":"Voltar"}}},
                  {"id":"wamid.SYS","type":"system","system":{"type":"user_changed_number"}}]}"""), NOW);
        assertThat(messages).extracting(InboundMessage::text).containsExactly("Parar", "Sair", "Voltar");
        assertThat(messages.getFirst().quotedId()).isEqualTo("wamid.OUT1");
        assertThat(messages.getFirst().userId()).isEqualTo("BR.1502576394655843");
        assertThat(messages.getFirst().pushName()).isEqualTo("Maria");

        List<InboundMessage> withheld = CloudInbound.read(json("""
                {"contacts":[{"profile":{"name":"Ana"},"user_id":"BR.999"}],
                 "messages":[{"id":"wamid.U1","timestamp":"1764500003","type":"image",
                   "image":{"id":"MEDIA-1","mime_type":"image/jpeg","caption":"pago"}}]}"""), NOW);
        assertThat(withheld).singleElement().satisfies(m -> {
            assertThat(m.phone()).isNull();
            assertThat(m.userId()).isEqualTo("BR.999");
            assertThat(m.mediaType()).isEqualTo("image");
            assertThat(m.mediaId()).isEqualTo("MEDIA-1");
            assertThat(m.text()).isEqualTo("pago");
        });
    }

    private static InboundMessage evolution(String data) {
        return EvolutionInbound.read(json(data), NOW).orElseThrow();
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
