package com.botclientemanager.whatsapp.internal;

import com.botclientemanager.whatsapp.ConnectionField;
import com.botclientemanager.whatsapp.ConnectionSettings;
import com.botclientemanager.whatsapp.SendPacer;
import com.botclientemanager.whatsapp.SendingSettingsService;
import com.botclientemanager.whatsapp.WhatsAppProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The WhatsApp gateway: the values saved on the WhatsApp page ({@link ConnectionFile}), each overridden by its
 * {@code app.whatsapp.*} property when set; and the pacing of the automatic sends.
 */
@Configuration(proxyBeanMethods = false)
class GatewayConfig {

    @Bean(destroyMethod = "close")
    SwitchableGateway whatsAppGateway(WhatsAppProperties properties, ConnectionFile file,
            EnvironmentConnection environment) {
        return new SwitchableGateway(properties, file.read().overlaidBy(environment.values()), Clock.systemUTC());
    }

    /**
     * Values set outside the packaged defaults: environment variables, system properties, command line, an external
     * application.yml. The {@code application.yml} inside the jar only holds defaults, which the page may change.
     */
    @Bean
    EnvironmentConnection environmentConnection(ConfigurableEnvironment environment) {
        List<PropertySource<?>> outside = environment.getPropertySources().stream()
                .filter(source -> !source.getName().contains("class path resource")
                        && !source.getName().equals("configurationProperties"))
                .toList();
        Binder binder = new Binder(ConfigurationPropertySources.from(outside));
        Map<ConnectionField, String> values = new EnumMap<>(ConnectionField.class);
        for (ConnectionField field : ConnectionField.values()) {
            binder.bind(field.property(), String.class).ifBound(value -> values.put(field, value));
        }
        return new EnvironmentConnection(ConnectionSettings.of(values));
    }

    @Bean
    SendPacer sendPacer(JdbcClient jdbc, TransactionTemplate transactions, SendingSettingsService sending, Clock clock) {
        return new SendPacer(jdbc, transactions, new SecureRandom(), () -> sending.current().ratePerMinute(), clock);
    }
}
