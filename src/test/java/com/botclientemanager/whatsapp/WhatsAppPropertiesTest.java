package com.botclientemanager.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** app.whatsapp.* binds with safe defaults, refuses an incomplete provider naming the property, and hides secrets. */
class WhatsAppPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Bind.class);

    @Configuration
    @EnableConfigurationProperties(WhatsAppProperties.class)
    static class Bind {
    }

    @Test
    void defaultsAreTheSafeOutboxAndSlowPacing() {
        runner.run(context -> {
            WhatsAppProperties properties = context.getBean(WhatsAppProperties.class);
            assertThat(properties.provider()).isEqualTo(Provider.OUTBOX);
            assertThat(properties.cloud().apiUrl()).hasToString("https://graph.facebook.com/v23.0");
            assertThat(properties.logRetentionDays()).isEqualTo(180);
            assertThat(properties.windowStart()).isEqualTo(LocalTime.of(8, 0));
            assertThat(properties.windowEnd()).isEqualTo(LocalTime.of(21, 0));
            assertThat(properties.days()).containsExactlyInAnyOrder(DayOfWeek.values());
            assertThat(properties.ratePerMinute()).isEqualTo(3);
            assertThat(properties.dailyCap()).isEqualTo(300);
        });
    }

    @Test
    void evolutionWithoutItsSettingsStopsTheStartNamingThem() {
        runner.withPropertyValues("app.whatsapp.provider=evolution", "app.whatsapp.evolution.url=http://evo:8080")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("app.whatsapp.evolution.api-key"));
    }

    @Test
    void cloudWithoutItsSettingsStopsTheStartNamingThem() {
        runner.withPropertyValues("app.whatsapp.provider=cloud", "app.whatsapp.cloud.access-token=EAAG")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("app.whatsapp.cloud.app-secret"));
    }

    @Test
    void badPacingAndWindowAreRefused() {
        runner.withPropertyValues("app.whatsapp.rate-per-minute=0").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("ratePerMinute"));
        runner.withPropertyValues("app.whatsapp.window-start=22:00", "app.whatsapp.window-end=08:00")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("app.whatsapp.window-end"));
    }

    @Test
    void theDocumentedEnvironmentVariablesBind() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                                "APP_WHATSAPP_PROVIDER", "cloud",
                                "APP_WHATSAPP_CLOUD_PHONE_NUMBER_ID", "106540352242922",
                                "APP_WHATSAPP_CLOUD_ACCESS_TOKEN", "token",
                                "APP_WHATSAPP_CLOUD_APP_SECRET", "secret",
                                "APP_WHATSAPP_CLOUD_VERIFY_TOKEN", "verify",
                                "APP_WHATSAPP_WINDOW_START", "09:30",
                                "APP_WHATSAPP_RATE_PER_MINUTE", "2",
                                "APP_WHATSAPP_DAYS", "MONDAY,FRIDAY"))))
                .run(context -> {
                    WhatsAppProperties properties = context.getBean(WhatsAppProperties.class);
                    assertThat(properties.provider()).isEqualTo(Provider.CLOUD);
                    assertThat(properties.cloud().appSecret()).isEqualTo("secret");
                    assertThat(properties.windowStart()).isEqualTo(LocalTime.of(9, 30));
                    assertThat(properties.ratePerMinute()).isEqualTo(2);
                    assertThat(properties.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
                });
    }

    @Test
    void secretsNeverAppearInToString() {
        runner.withPropertyValues("app.whatsapp.provider=cloud", "app.whatsapp.cloud.phone-number-id=106540352242922",
                        "app.whatsapp.cloud.access-token=EAAG-secret-token", "app.whatsapp.cloud.app-secret=app-secret-1",
                        "app.whatsapp.cloud.verify-token=verify-secret-2", "app.whatsapp.evolution.api-key=evo-key-3")
                .run(context -> {
                    String text = context.getBean(WhatsAppProperties.class).toString();
                    assertThat(text).contains("106540352242922")
                            .doesNotContain("EAAG-secret-token", "app-secret-1", "verify-secret-2", "evo-key-3");
                });
    }
}
