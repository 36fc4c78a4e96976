package com.botclientemanager.paylinks.internal;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.botclientemanager.ui.I18nProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Currency;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Writes the client's page and the neutral pages as plain HTML: one small page does not need a template engine, and
 * every value that comes from data goes through {@link #text} (HTML-escaped). Styles and the copy button's script carry
 * the request's CSP nonce.
 */
@Component
class PayPageHtml {

    static final int MAX_NOTE = 500;
    private static final String COPY_SCRIPT = "document.getElementById('copy').addEventListener('click',function(){"
            + "var b=this,t=document.getElementById('pix-code');function done(){b.textContent=b.dataset.done;}"
            + "function old(){t.select();document.execCommand('copy');done();}"
            + "if(navigator.clipboard&&window.isSecureContext){navigator.clipboard.writeText(t.value).then(done,old);}"
            + "else{old();}});";

    private final I18nProvider i18n;
    private final String css;

    PayPageHtml(I18nProvider i18n) {
        this.i18n = i18n;
        try {
            this.css = new ClassPathResource("paylinks/page.css").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String page(PayPage page, Locale locale, String nonce) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(t(locale, "paylinks.page.hello", page.firstName())).append("</h1>");
        if (page.noticeKey() != null) {
            body.append("<section class=\"notice\" id=\"notice\" role=\"status\">").append(t(locale, page.noticeKey()))
                    .append("</section>");
        }
        body.append("<section><dl><dt>").append(t(locale, "paylinks.page.plan")).append("</dt><dd>")
                .append(text(page.plan())).append("</dd><dt>").append(t(locale, "paylinks.page.due-date"))
                .append("</dt><dd id=\"due-date\">").append(date(page.dueDate(), locale))
                .append(page.overdue() ? " <span class=\"overdue\">" + t(locale, "paylinks.page.overdue") + "</span>" : "")
                .append("</dd><dt>")
                .append(t(locale, "paylinks.page.amount")).append("</dt><dd class=\"amount\" id=\"amount\">")
                .append(money(page.amount(), locale)).append("</dd></dl></section>");
        if (page.pix() != null) {
            body.append("<section><h2>").append(t(locale, "paylinks.page.pix")).append("</h2><img class=\"qr\" alt=\"")
                    .append(t(locale, "paylinks.page.qr-alt")).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(page.pix().qrPng())).append("\">")
                    .append("<textarea id=\"pix-code\" rows=\"4\" readonly>").append(text(page.pix().code()))
                    .append("</textarea><button type=\"button\" id=\"copy\" data-done=\"")
                    .append(t(locale, "paylinks.page.copied")).append("\">").append(t(locale, "paylinks.page.copy"))
                    .append("</button></section>");
        }
        body.append("<section><h2>").append(t(locale, "paylinks.page.claim.title")).append("</h2>");
        if (page.errorKey() != null) {
            body.append("<p class=\"error\" id=\"claim-error\" role=\"alert\">")
                    .append(t(locale, page.errorKey(), page.maxReceiptMegabytes()))
                    .append("</p>");
        }
        body.append("<form method=\"post\" enctype=\"multipart/form-data\" action=\"").append(text(page.formAction()))
                .append("\"><label for=\"file\">").append(t(locale, "paylinks.page.claim.file")).append("</label>")
                .append("<input type=\"file\" id=\"file\" name=\"file\" accept=\"image/jpeg,image/png,image/webp,application/pdf\">")
                .append("<label for=\"note\">").append(t(locale, "paylinks.page.claim.note")).append("</label>")
                .append("<textarea id=\"note\" name=\"note\" rows=\"2\" maxlength=\"").append(MAX_NOTE)
                .append("\"></textarea><button type=\"submit\" id=\"claim\">").append(t(locale, "paylinks.page.claim.send"))
                .append("</button></form></section>");
        body.append("<section><h2>").append(t(locale, "paylinks.page.paid.title")).append("</h2>");
        if (page.paid().isEmpty()) {
            body.append("<p class=\"muted\">").append(t(locale, "paylinks.page.paid.none")).append("</p>");
        } else {
            body.append("<ul id=\"paid\">");
            page.paid().forEach(line -> body.append("<li><span>").append(date(line.date(), locale)).append("</span><span>")
                    .append(money(line.amount(), locale)).append("</span></li>"));
            body.append("</ul>");
        }
        body.append("</section>");
        if (!page.reseller().name().isBlank() || !page.reseller().whatsApp().isBlank()) {
            body.append("<section><h2>").append(t(locale, "paylinks.page.contact")).append("</h2>");
            if (!page.reseller().name().isBlank()) {
                body.append("<p id=\"reseller\">").append(text(page.reseller().name())).append("</p>");
            }
            if (!page.reseller().whatsApp().isBlank()) {
                body.append("<a class=\"button\" id=\"whatsapp\" rel=\"noopener noreferrer\" href=\"https://wa.me/")
                        .append(text(page.reseller().whatsApp())).append("\">").append(t(locale, "paylinks.page.whatsapp"))
                        .append("</a>");
            }
            body.append("</section>");
        }
        String script = page.pix() == null ? "" : "<script nonce=\"" + nonce + "\">" + COPY_SCRIPT + "</script>";
        return document(locale, nonce, t(locale, "paylinks.page.title"), body + script);
    }

    /** The same page for an unknown, revoked or inactive link, too many requests, or a refused request. */
    String neutral(Locale locale, String nonce, String messageKey, Object... params) {
        return document(locale, nonce, t(locale, "paylinks.page.title"),
                "<section id=\"neutral\"><p>" + t(locale, messageKey, params) + "</p></section>");
    }

    private String document(Locale locale, String nonce, String title, String body) {
        return "<!DOCTYPE html><html lang=\"" + (I18nProvider.EN.equals(locale) ? "en" : "pt-BR") + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex,nofollow\"><meta name=\"referrer\" content=\"no-referrer\">"
                + "<title>" + title + "</title><style nonce=\"" + nonce + "\">" + css + "</style></head><body><main>"
                + body + "</main></body></html>";
    }

    private String t(Locale locale, String key, Object... params) {
        Object[] escaped = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            escaped[i] = text(String.valueOf(params[i]));
        }
        return i18n.getTranslation(key, locale, escaped);
    }

    static String text(String value) {
        return value == null ? "" : htmlEscape(value, "UTF-8");
    }

    private static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "—";
        }
        return date.format(I18nProvider.EN.equals(locale) ? DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static String money(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(I18nProvider.EN.equals(locale) ? Locale.US : I18nProvider.PT_BR);
        format.setCurrency(Currency.getInstance("BRL"));
        return format.format(amount);
    }
}
