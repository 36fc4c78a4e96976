package com.botclientemanager.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * JobRunr's own dashboard listener binds to loopback unless told otherwise; a bad address or proxy entry stops the
 * start-up naming the property.
 */
class WebSecurityPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(WebSecurityProperties.class)
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void bindsToLoopbackByDefault() {
        runner.run(context -> assertThat(context.getBean(WebSecurityProperties.class).jobsDashboardBind()
                .isLoopbackAddress()).isTrue());
        runner.withPropertyValues("app.security.jobs-dashboard-bind=::1").run(context ->
                assertThat(context.getBean(WebSecurityProperties.class).jobsDashboardBind().getHostAddress())
                        .isEqualTo("0:0:0:0:0:0:0:1"));
    }

    @Test
    void anAddressThatIsNoneStopsTheStartUpNamingTheProperty() {
        runner.withPropertyValues("app.security.jobs-dashboard-bind=300.1.2.3").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("app.security.jobs-dashboard-bind"));
    }

    @Test
    void noProxyIsTrustedByDefaultAndAHostNameStopsTheStartUp() {
        runner.run(context -> assertThat(context.getBean(WebSecurityProperties.class).trustedProxies()).isEmpty());
        runner.withPropertyValues("app.security.trusted-proxies=127.0.0.1,proxy.internal").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("app.security.trusted-proxies"));
    }
}
