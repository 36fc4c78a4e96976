package com.botclientemanager.paylinks.internal;

import com.botclientemanager.paylinks.PayLinksProperties;
import com.botclientemanager.templates.TemplateService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class PayPageConfig {

    /** After the trusted-proxy filter (the client's real address) and the app-wide headers, which it overrides. */
    @Bean
    FilterRegistrationBean<PayPageFilter> payPageFilter(PageRateLimit rateLimit, PayPageHtml html,
            TemplateService templates, PayLinksProperties properties) {
        FilterRegistrationBean<PayPageFilter> registration = new FilterRegistrationBean<>(
                new PayPageFilter(rateLimit, html, templates, properties));
        registration.addUrlPatterns("/p/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
