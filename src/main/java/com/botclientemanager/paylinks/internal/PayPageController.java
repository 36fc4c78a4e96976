package com.botclientemanager.paylinks.internal;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientCalendar;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.ClientPixCodes;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.paylinks.PayLinkService;
import com.botclientemanager.paylinks.PayLinksProperties;
import com.botclientemanager.paylinks.PaymentClaimed;
import com.botclientemanager.paylinks.ResellerContact;
import com.botclientemanager.paylinks.ResellerContactService;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.ui.I18nProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The client's page {@code /p/{token}} (read-only: a GET, which WhatsApp's link preview also makes, changes nothing)
 * and its "Já paguei" form. An unknown, revoked or replaced token, and the link of a deleted or inactive client, all get
 * the same neutral 404 page.
 */
@Controller
@RequestMapping(PayLinkService.PATH)
class PayPageController {

    static final String NOTICE_PARAM = "aviso";
    private static final Logger log = LoggerFactory.getLogger(PayPageController.class);
    private static final int LAST_PAYMENTS = 12;

    private final PayLinkService links;
    private final ClientDirectory clients;
    private final PaymentService payments;
    private final ClientPixCodes pixCodes;
    private final ResellerContactService reseller;
    private final TemplateService templates;
    private final PayPageHtml html;
    private final RecentClaims recentClaims;
    private final ApplicationEventPublisher events;
    private final long maxReceipt;
    private final ClientCalendar calendar;
    private final Clock clock = Clock.systemUTC();

    PayPageController(PayLinkService links, ClientDirectory clients, PaymentService payments, ClientPixCodes pixCodes,
            ResellerContactService reseller, TemplateService templates, PayPageHtml html, RecentClaims recentClaims,
            ApplicationEventPublisher events, PayLinksProperties properties, ClientCalendar calendar) {
        this.links = links;
        this.calendar = calendar;
        this.clients = clients;
        this.payments = payments;
        this.pixCodes = pixCodes;
        this.reseller = reseller;
        this.templates = templates;
        this.html = html;
        this.recentClaims = recentClaims;
        this.events = events;
        this.maxReceipt = properties.receiptMaxSize().toBytes();
    }

    @GetMapping("{token}")
    ResponseEntity<String> page(@PathVariable String token, @RequestParam(name = NOTICE_PARAM, required = false) String notice,
            HttpServletRequest request) {
        return client(token).map(c -> ok(HttpStatus.OK, model(c, token)
                        .withMessages("recebido".equals(notice) ? "paylinks.page.claim.thanks" : null, null), request))
                .orElseGet(() -> notFound(request));
    }

    @PostMapping("{token}/paguei")
    ResponseEntity<String> claim(@PathVariable String token, @RequestParam(name = "note", required = false) String note,
            @RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request)
            throws IOException {
        Optional<Client> client = client(token);
        if (client.isEmpty()) {
            return notFound(request);
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > PayPageHtml.MAX_NOTE) {
            return ok(HttpStatus.BAD_REQUEST, model(client.get(), token).withMessages(null, "paylinks.page.claim.note-long"),
                    request);
        }
        byte[] bytes = null;
        String type = null;
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > maxReceipt) {
                return ok(HttpStatus.PAYLOAD_TOO_LARGE,
                        model(client.get(), token).withMessages(null, "paylinks.page.claim.too-big"), request);
            }
            bytes = file.getBytes();
            Optional<String> detected = ReceiptFiles.contentType(bytes);
            if (detected.isEmpty()) {
                return ok(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        model(client.get(), token).withMessages(null, "paylinks.page.claim.wrong-type"), request);
            }
            type = detected.get();
        }
        String id = client.get().id();
        if (recentClaims.first(id + "|" + client.get().dueDate() + "|" + digest(bytes) + "|" + text)) {
            events.publishEvent(new PaymentClaimed(id, type, bytes, text, clock.instant()));
            log.info("Client {} said on their page that they paid ({})", id, type == null ? "no receipt" : type);
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(PayLinkService.PATH + token + "?" + NOTICE_PARAM + "=recebido")).build();
    }

    /** Any other path under /p/: the same neutral page, so nothing tells which paths exist. */
    @RequestMapping("**")
    ResponseEntity<String> elsewhere(HttpServletRequest request) {
        return notFound(request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<String> tooBig(HttpServletRequest request) {
        return neutral(HttpStatus.PAYLOAD_TOO_LARGE, "paylinks.page.claim.too-big", request, maxReceipt / (1024 * 1024));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> failed(Exception e, HttpServletRequest request) {
        log.warn("Client page failed: {}", e.toString());
        return neutral(HttpStatus.INTERNAL_SERVER_ERROR, "paylinks.page.error", request);
    }

    private Optional<Client> client(String token) {
        return links.clientOf(token).flatMap(clients::find).filter(Client::active);
    }

    private PayPage model(Client client, String token) {
        String name = client.name() == null ? "" : client.name().strip();
        String firstName = name.isEmpty() ? "" : name.split("\\s+")[0];
        String plan = client.planName() != null && !client.planName().isBlank() ? client.planName() : client.service();
        var paid = payments.history(client.id()).stream().filter(p -> !p.undone()).limit(LAST_PAYMENTS)
                .map(p -> new PayPage.PaidLine(p.date(), p.amount())).toList();
        ResellerContact contact;
        try {
            contact = reseller.contact();
        } catch (RuntimeException e) {
            contact = ResellerContact.NONE;
        }
        return new PayPage(firstName, plan, client.dueDate(),
                client.dueDate() != null && client.dueDate().isBefore(calendar.today()), client.balance(), pixCodes.pixCode(client).orElse(null),
                paid, contact, PayLinkService.PATH + token + "/paguei", null, null, maxReceipt / (1024 * 1024));
    }

    private ResponseEntity<String> ok(HttpStatus status, PayPage page, HttpServletRequest request) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(html.page(page, locale(), nonce(request)));
    }

    private ResponseEntity<String> notFound(HttpServletRequest request) {
        return neutral(HttpStatus.NOT_FOUND, "paylinks.page.not-found", request);
    }

    private ResponseEntity<String> neutral(HttpStatus status, String key, HttpServletRequest request, Object... params) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(html.neutral(locale(), nonce(request), key, params));
    }

    private Locale locale() {
        return I18nProvider.supported(templates.messageLocale());
    }

    private static String nonce(HttpServletRequest request) {
        Object nonce = request.getAttribute(PayPageFilter.NONCE);
        return nonce == null ? "" : nonce.toString();
    }

    private static String digest(byte[] bytes) {
        if (bytes == null) {
            return "";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
