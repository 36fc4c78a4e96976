package com.botclientemanager.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The job server check interval binds with its default, and one that could not notice a stop within a minute is
 * refused.
 */
class ReminderPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(ReminderProperties.class)
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void checksTheJobServerEvery15SecondsByDefault() {
        runner.run(context -> assertThat(context.getBean(ReminderProperties.class).jobServerCheckInterval())
                .isEqualTo(Duration.ofSeconds(15)));
        runner.withPropertyValues("app.reminders.job-server-check-interval=1m").run(context ->
                assertThat(context.getBean(ReminderProperties.class).jobServerCheckInterval()).isEqualTo(Duration.ofMinutes(1)));
    }

    @Test
    void anIntervalOutsideOneSecondToOneMinuteStopsTheStartUpNamingTheProperty() {
        for (String interval : new String[] {"2m", "0s", "soon"}) {
            runner.withPropertyValues("app.reminders.job-server-check-interval=" + interval).run(context -> {
                assertThat(context).hasFailed();
                StringWriter trace = new StringWriter();
                context.getStartupFailure().printStackTrace(new PrintWriter(trace));
                assertThat(trace.toString().replace("-", "").toLowerCase()).as(interval)
                        .contains("app.reminders").contains("jobservercheckinterval");
            });
        }
    }
}
