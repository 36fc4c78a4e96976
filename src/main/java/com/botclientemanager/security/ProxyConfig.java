package com.botclientemanager.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Forwarded headers are applied before anything reads the client's address (login throttle) or builds a URL. */
@Configuration(proxyBeanMethods = false)
class ProxyConfig {

    @Bean
    FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(WebSecurityProperties properties) {
        FilterRegistrationBean<TrustedProxyFilter> registration = new FilterRegistrationBean<>(
                new TrustedProxyFilter(new TrustedProxies(properties.trustedProxies())));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
