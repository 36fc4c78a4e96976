package com.botclientemanager.paylinks.internal;

import com.botclientemanager.paylinks.PayLinksProperties;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.ui.I18nProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of every {@code /p/...} request, before anything reads it: the headers of a private page (no indexing, no
 * caching, no referrer, no framing, a CSP that allows only this page's own style and script), the per-address rate
 * limit, and the size limit of "Já paguei" checked on the declared length, so a huge upload is refused unread.
 */
class PayPageFilter extends OncePerRequestFilter {

    static final String NONCE = PayPageFilter.class.getName() + ".nonce";
    /** Room for the note and the multipart boundaries beside the file. */
    private static final long FORM_OVERHEAD = 64 * 1024;

    private final PageRateLimit rateLimit;
    private final PayPageHtml html;
    private final TemplateService templates;
    private final long maxRequest;
    private final long maxReceiptMegabytes;
    private final SecureRandom random = new SecureRandom();

    PayPageFilter(PageRateLimit rateLimit, PayPageHtml html, TemplateService templates, PayLinksProperties properties) {
        this.rateLimit = rateLimit;
        this.html = html;
        this.templates = templates;
        this.maxRequest = properties.receiptMaxSize().toBytes() + FORM_OVERHEAD;
        this.maxReceiptMegabytes = properties.receiptMaxSize().toMegabytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; img-src data:; style-src 'nonce-" + nonce
                + "'; script-src 'nonce-" + nonce + "'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        if (!rateLimit.allow(request.getRemoteAddr())) {
            response.setHeader("Retry-After", "60");
            refuse(response, 429, nonce, "paylinks.page.too-many");
            return;
        }
        if ("POST".equals(request.getMethod())
                && (request.getContentLengthLong() < 0 || request.getContentLengthLong() > maxRequest)) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            refuse(response, request.getContentLengthLong() < 0 ? 411 : 413, nonce, "paylinks.page.claim.too-big");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, int status, String nonce, String messageKey) throws IOException {
        refuse(response, status, nonce, messageKey, maxReceiptMegabytes);
    }

    private void refuse(HttpServletResponse response, int status, String nonce, String messageKey, Object... params)
            throws IOException {
        Locale locale = I18nProvider.supported(templates.messageLocale());
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(html.neutral(locale, nonce, messageKey, params).getBytes(StandardCharsets.UTF_8));
    }
}
