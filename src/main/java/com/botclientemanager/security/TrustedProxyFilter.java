package com.botclientemanager.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@code X-Forwarded-*} (client address, scheme, host, port, prefix) only to requests that come from a trusted
 * proxy ({@code app.security.trusted-proxies}); from anyone else the headers are dropped. Spring's
 * {@link ForwardedHeaderFilter} does the applying, but it takes the leftmost {@code X-Forwarded-For} address, which
 * the client writes itself: it gets the rightmost untrusted one instead.
 */
final class TrustedProxyFilter extends OncePerRequestFilter {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final TrustedProxies proxies;
    private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter drop = new ForwardedHeaderFilter();

    TrustedProxyFilter(TrustedProxies proxies) {
        this.proxies = proxies;
        drop.setRemoveOnly(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!proxies.trusts(request.getRemoteAddr())) {
            drop.doFilter(request, response, chain);
            return;
        }
        apply.doFilter(new ClientAddressOnly(request, proxies.clientFrom(request.getHeader(FORWARDED_FOR))),
                response, chain);
    }

    /** The request with {@code X-Forwarded-For} reduced to the client's address and RFC 7239 {@code Forwarded} removed. */
    private static final class ClientAddressOnly extends HttpServletRequestWrapper {

        private final String client;

        ClientAddressOnly(HttpServletRequest request, String client) {
            super(request);
            this.client = client;
        }

        @Override
        public String getHeader(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "x-forwarded-for" -> client;
                case "forwarded" -> null;
                default -> super.getHeader(name);
            };
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "x-forwarded-for" -> Collections.enumeration(client == null ? List.of() : List.of(client));
                case "forwarded" -> Collections.emptyEnumeration();
                default -> super.getHeaders(name);
            };
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !n.equalsIgnoreCase("forwarded"))
                    .filter(n -> client != null || !n.equalsIgnoreCase(FORWARDED_FOR))
                    .toList();
            return Collections.enumeration(names);
        }
    }
}
