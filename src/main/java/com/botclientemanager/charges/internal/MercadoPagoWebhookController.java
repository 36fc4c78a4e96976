package com.botclientemanager.charges.internal;

import com.botclientemanager.charges.PaymentNotifications;
import com.botclientemanager.charges.PaymentSetup;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mercado Pago's payment notifications ({@code POST /webhooks/mercadopago?data.id=…&type=payment}). The body is only a
 * pointer and is not trusted: the payment id comes from the query string, and a job fetches the payment from Mercado
 * Pago with the access token before anything happens. So the answer is fast (the id is queued), and:
 * <ul>
 * <li>with a webhook secret set, a present {@code x-signature} that does not match is refused with 401 (logged without
 * the secret);</li>
 * <li>a notification without {@code x-signature} is accepted and fetched: Mercado Pago does not sign every kind of
 * notification, and the fetch is what makes acting on it safe.</li>
 * </ul>
 */
@RestController
class MercadoPagoWebhookController {

    /** A notification is a few hundred bytes. */
    static final int MAX_BODY = 16 * 1024;
    private static final Logger log = LoggerFactory.getLogger(MercadoPagoWebhookController.class);

    private final PaymentSetup setup;
    private final JobScheduler jobs;

    MercadoPagoWebhookController(PaymentSetup setup, JobScheduler jobs) {
        this.setup = setup;
        this.jobs = jobs;
    }

    @PostMapping("/webhooks/mercadopago")
    ResponseEntity<Void> receive(HttpServletRequest request) throws IOException {
        if (!setup.current().on()) {
            return ResponseEntity.notFound().build();
        }
        if (request.getContentLengthLong() > MAX_BODY || !drain(request)) {
            return ResponseEntity.status(413).build();
        }
        String type = first(request.getParameter("type"), request.getParameter("topic"));
        if (type != null && !type.equals("payment")) {
            return ResponseEntity.ok().build();
        }
        String dataId = first(request.getParameter("data.id"), request.getParameter("id"));
        if (dataId == null || !dataId.matches("[0-9A-Za-z-]{1,40}")) {
            return ResponseEntity.badRequest().build();
        }
        String secret = setup.current().webhookSecret();
        if (!secret.isBlank()) {
            WebhookSignature.Verdict verdict = WebhookSignature.check(secret, request.getHeader("x-signature"),
                    request.getParameter("data.id"), request.getHeader("x-request-id"));
            if (verdict == WebhookSignature.Verdict.INVALID) {
                log.warn("Mercado Pago notification for payment {} refused: x-signature does not match the secret",
                        dataId);
                return ResponseEntity.status(401).build();
            }
            if (verdict == WebhookSignature.Verdict.ABSENT) {
                log.info("Mercado Pago notification for payment {} without x-signature: checked by fetching it", dataId);
            }
        }
        String id = dataId;
        jobs.<PaymentNotifications>enqueue(notifications -> notifications.process(id));
        return ResponseEntity.ok().build();
    }

    /** Reads (and drops) the body within the limit; false when it is larger. */
    private static boolean drain(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return in.readNBytes(MAX_BODY + 1).length <= MAX_BODY;
        }
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b != null && !b.isBlank() ? b.strip() : null;
    }
}
