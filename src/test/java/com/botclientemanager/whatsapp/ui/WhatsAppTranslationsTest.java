package com.botclientemanager.whatsapp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.whatsapp.ConnectionStatus.ConnectionState;
import com.botclientemanager.whatsapp.GatewayResult;
import com.botclientemanager.whatsapp.GatewayResult.FailureCause;
import com.botclientemanager.whatsapp.MessageKind;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.Provider;
import com.botclientemanager.whatsapp.SendOutcome;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The keys the WhatsApp screens build at run time (statuses, reasons, states, providers, message kinds, resend outcomes) exist. */
class WhatsAppTranslationsTest {

    @Test
    void everyComputedKeyExistsInBothLanguages() throws Exception {
        List<String> keys = new ArrayList<>();
        for (MessageStatus status : MessageStatus.values()) {
            keys.add(status.labelKey());
            keys.add(StatusChip.gridLabelKey(status));
        }
        for (FailureCause cause : FailureCause.values()) {
            keys.add(GatewayResult.reasonKey(cause));
        }
        for (ConnectionState state : ConnectionState.values()) {
            keys.add("whatsapp.state." + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        for (Provider provider : Provider.values()) {
            keys.add("whatsapp.provider." + provider.name().toLowerCase(Locale.ROOT));
        }
        for (MessageKind kind : MessageKind.values()) {
            keys.add(kind.labelKey());
            kind.stored().forEach(stored -> keys.add("messages.kind." + stored));
        }
        for (SendOutcome outcome : SendOutcome.values()) {
            keys.add("messages.resend." + outcome.name().toLowerCase(Locale.ROOT));
        }
        for (String bundle : List.of("pt_BR", "en")) {
            Properties messages = new Properties();
            try (var in = getClass().getResourceAsStream("/i18n/messages_" + bundle + ".properties")) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(keys).as(bundle).allMatch(messages::containsKey);
        }
    }
}
