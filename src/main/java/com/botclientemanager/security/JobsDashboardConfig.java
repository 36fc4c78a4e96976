package com.botclientemanager.security;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import com.vaadin.flow.i18n.I18NProvider;
import java.net.InetSocketAddress;
import org.jobrunr.dashboard.AuthenticatorDashboardWebServer;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JobRunr's dashboard ("Tarefas agendadas") for the logged-in admin at {@code /jobs/} on the app's own port. JobRunr's
 * listener behind it binds to {@code app.security.jobs-dashboard-bind} (loopback) on {@code jobrunr.dashboard.port}
 * and answers the proxy's token, or the admin's username and current password (throttled per address like the login
 * page) for whoever reaches it directly, e.g. through an SSH tunnel.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "jobrunr.dashboard.enabled", havingValue = "true")
class JobsDashboardConfig {

    @Bean
    DashboardProxyToken dashboardProxyToken() {
        return new DashboardProxyToken();
    }

    @Bean
    AuthenticatorDashboardWebServer dashboardWebServer(StorageProvider storageProvider, JsonMapper jsonMapper,
            @Value("${jobrunr.dashboard.port:8000}") int port, WebSecurityProperties properties, AdminAccount admin,
            LoginThrottle throttle, DashboardProxyToken token) {
        return new AuthenticatorDashboardWebServer(storageProvider, jsonMapper,
                new InetSocketAddress(properties.jobsDashboardBind(), port), new AdminAuthenticator(admin, throttle, token));
    }

    @Bean
    JobsDashboardProxy jobsDashboardProxy(AuthenticatorDashboardWebServer dashboard, DashboardProxyToken token,
            I18NProvider i18n) {
        return new JobsDashboardProxy(dashboard::address, token, i18n, JobsDashboardProxy.KEEP_ALIVE);
    }

    @Bean
    ServletRegistrationBean<JobsDashboardProxy> jobsDashboardProxyRegistration(JobsDashboardProxy proxy) {
        ServletRegistrationBean<JobsDashboardProxy> registration = new ServletRegistrationBean<>(proxy,
                JobsDashboardProxy.PREFIX + "/*");
        registration.setName("jobsDashboardProxy");
        return registration;
    }

    static final class AdminAuthenticator extends BasicAuthenticator {

        private final AdminAccount admin;
        private final LoginThrottle throttle;
        private final DashboardProxyToken token;

        AdminAuthenticator(AdminAccount admin, LoginThrottle throttle, DashboardProxyToken token) {
            super("JobRunr");
            this.admin = admin;
            this.throttle = throttle;
            this.token = token;
        }

        @Override
        public Result authenticate(HttpExchange exchange) {
            String proxyToken = exchange.getRequestHeaders().getFirst(JobsDashboardProxy.TOKEN_HEADER);
            if (proxyToken != null) {
                return token.matches(proxyToken) ? new Success(new HttpPrincipal("app", "JobRunr")) : new Failure(401);
            }
            String address = exchange.getRemoteAddress().getAddress().getHostAddress();
            if (throttle.isBlocked(address)) {
                return new Failure(429);
            }
            Result result = super.authenticate(exchange);
            if (result instanceof Failure && exchange.getRequestHeaders().containsKey("Authorization")) {
                throttle.recordFailure(address);
            } else if (result instanceof Success) {
                throttle.recordSuccess(address);
            }
            return result;
        }

        @Override
        public boolean checkCredentials(String username, String password) {
            return admin.username().equals(username) && admin.matches(password);
        }
    }
}
