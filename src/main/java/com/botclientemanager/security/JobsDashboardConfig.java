package com.botclientemanager.security;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpExchange;
import org.jobrunr.dashboard.AuthenticatorDashboardWebServer;
import org.jobrunr.dashboard.JobRunrDashboardWebServer;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Serves JobRunr's dashboard ("Tarefas agendadas") on {@code jobrunr.dashboard.port}, reachable only with the admin's
 * username and current password, and throttled per address like the login page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "jobrunr.dashboard.enabled", havingValue = "true")
class JobsDashboardConfig {

    @Bean
    JobRunrDashboardWebServer dashboardWebServer(StorageProvider storageProvider, JsonMapper jsonMapper,
            @Value("${jobrunr.dashboard.port:8000}") int port, AdminAccount admin, LoginThrottle throttle) {
        return new AuthenticatorDashboardWebServer(storageProvider, jsonMapper, port, new AdminAuthenticator(admin, throttle));
    }

    static final class AdminAuthenticator extends BasicAuthenticator {

        private final AdminAccount admin;
        private final LoginThrottle throttle;

        AdminAuthenticator(AdminAccount admin, LoginThrottle throttle) {
            super("JobRunr");
            this.admin = admin;
            this.throttle = throttle;
        }

        @Override
        public Result authenticate(HttpExchange exchange) {
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
