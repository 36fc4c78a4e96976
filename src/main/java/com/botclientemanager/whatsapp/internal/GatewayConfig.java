package com.botclientemanager.whatsapp.internal;

import com.botclientemanager.whatsapp.SendPacer;
import com.botclientemanager.whatsapp.SendingSettingsService;
import com.botclientemanager.whatsapp.WhatsAppGateway;
import com.botclientemanager.whatsapp.WhatsAppProperties;
import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Chooses the WhatsApp adapter from {@code app.whatsapp.provider}, and paces the automatic sends. */
@Configuration(proxyBeanMethods = false)
class GatewayConfig {

    private static final Logger log = LoggerFactory.getLogger(GatewayConfig.class);

    @Bean
    WhatsAppGateway whatsAppGateway(WhatsAppProperties properties) {
        log.info("WhatsApp provider: {}", properties.provider());
        Clock clock = Clock.systemUTC();
        return switch (properties.provider()) {
            case OUTBOX -> new OutboxGateway();
            case EVOLUTION -> new EvolutionGateway(
                    HttpSupport.client(properties.connectTimeout(), properties.readTimeout()), properties.evolution(), clock);
            case CLOUD -> new CloudGateway(
                    HttpSupport.client(properties.connectTimeout(), properties.readTimeout()), properties.cloud(), clock);
        };
    }

    @Bean
    SendPacer sendPacer(JdbcClient jdbc, TransactionTemplate transactions, SendingSettingsService sending, Clock clock) {
        return new SendPacer(jdbc, transactions, new SecureRandom(), () -> sending.current().ratePerMinute(), clock);
    }
}
