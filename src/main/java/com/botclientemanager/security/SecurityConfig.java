package com.botclientemanager.security;

import com.botclientemanager.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Every page needs the admin's login except {@code /login}, the health check, the messaging webhooks (which check
 * their own secret or signature instead) and the clients' pages {@code /p/...} (their token is the key). JobRunr's dashboard at {@code /jobs/} needs it too.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

    static final String LOGIN_PATH = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, SessionRegistry sessions)
            throws Exception {
        var matcher = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(matcher.matcher("/actuator/health"), matcher.matcher("/actuator/health/**")).permitAll()
                .requestMatchers(matcher.matcher("/actuator/**")).hasRole("ADMIN")
                .requestMatchers(matcher.matcher("/jobs"), matcher.matcher("/jobs/**")).hasRole("ADMIN")
                .requestMatchers(matcher.matcher("/webhooks/**")).permitAll()
                .requestMatchers(matcher.matcher("/p/**")).permitAll());
        // JobRunr's dashboard sends no CSRF token: its proxy accepts changes only from a page of this same origin
        // A client's page (/p/{token}) uses no session or cookie: the secret token in its address is the only authority,
        // and a forged form would have to know it, so a CSRF token would add nothing there
        http.csrf(csrf -> csrf.ignoringRequestMatchers(matcher.matcher("/webhooks/**"), matcher.matcher("/jobs/**"),
                matcher.matcher("/p/**")));
        http.httpBasic(basic -> basic.realmName("Bot Cliente Manager"));
        http.addFilterBefore(new LoginThrottleFilter(throttle, LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        // nosniff, CSP frame-ancestors, referrer policy and HSTS come from SecurityHeadersFilter for every response
        http.headers(headers -> headers.frameOptions(f -> f.deny()));
        // every login session is registered, so a password change can end the user's other sessions (OtherSessions)
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                .sessionConcurrency(concurrency -> concurrency.maximumSessions(-1).sessionRegistry(sessions)
                        .expiredUrl(LOGIN_PATH)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when a session ends or changes its id. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    UserDetailsService adminUserDetailsService(AdminAccount admin) {
        return username -> {
            if (!admin.username().equals(username)) {
                throw new UsernameNotFoundException("unknown user");
            }
            return User.withUsername(admin.username()).password(admin.passwordHash()).roles("ADMIN").build();
        };
    }
}
