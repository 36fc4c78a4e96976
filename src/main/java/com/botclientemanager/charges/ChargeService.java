package com.botclientemanager.charges;

import com.botclientemanager.charges.internal.ChargeRepository;
import com.botclientemanager.charges.internal.ChargeRequest;
import com.botclientemanager.charges.internal.PaymentGateway;
import com.botclientemanager.charges.internal.ProviderException;
import com.botclientemanager.charges.internal.ProviderPayment;
import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientCalendar;
import com.botclientemanager.clients.DynamicPix;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One Mercado Pago PIX charge per client's open due date and amount, reused while it can be paid. Its idempotency key
 * is derived from client, due date, amount and attempt and stored before the call, so a creation retried after a
 * timeout or a restart sends the same key and Mercado Pago answers with the charge it made the first time. Never
 * blocks a message: when Mercado Pago cannot make a charge now, the caller falls back to the static PIX.
 */
@Service
public class ChargeService implements DynamicPix {

    /** A charge that expires sooner than this is not handed out any more: the client needs time to pay it. */
    private static final Duration MIN_LEFT = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(ChargeService.class);

    private final ChargesProperties properties;
    private final ChargeRepository charges;
    private final PaymentGateway gateway;
    private final ClientCalendar calendar;
    private final Clock clock;
    private final ProviderHealth health;
    private final PaymentSetup setup;

    public ChargeService(ChargesProperties properties, ChargeRepository charges, PaymentGateway gateway,
            ClientCalendar calendar, Clock clock, ProviderHealth health, PaymentSetup setup) {
        this.setup = setup;
        this.properties = properties;
        this.charges = charges;
        this.gateway = gateway;
        this.calendar = calendar;
        this.clock = clock;
        this.health = health;
    }

    public boolean enabled() {
        return setup.current().on();
    }

    @Override
    public Optional<String> codeFor(Client client) {
        if (!enabled() || client.dueDate() == null || !client.active()) {
            return Optional.empty();
        }
        BigDecimal amount = client.balance();
        if (amount == null || amount.signum() <= 0) {
            return Optional.empty();
        }
        return charge(client, client.dueDate(), amount.setScale(2, RoundingMode.HALF_UP)).map(Charge::qrCode);
    }

    /** The payable charge for the client's due date and amount: the current one, or a new attempt. */
    synchronized Optional<Charge> charge(Client client, LocalDate dueDate, BigDecimal amount) {
        Instant now = clock.instant();
        Optional<Charge> latest = charges.latest(client.id(), dueDate);
        if (latest.isPresent() && latest.get().amount().compareTo(amount) == 0) {
            Charge charge = latest.get();
            if (charge.payableAt(now.plus(MIN_LEFT))) {
                return latest;
            }
            if (Charge.CREATING.equals(charge.status())) {
                // an earlier creation got no answer: the same key again, Mercado Pago returns that charge if it made it
                return create(client, charge.idempotencyKey(), now);
            }
        }
        int attempt = latest.map(Charge::attempt).orElse(0) + 1;
        String key = idempotencyKey(client.id(), dueDate, amount, attempt);
        charges.insert(client.id(), dueDate, amount, attempt, key, externalReference(client.id(), dueDate), now);
        return create(client, key, now);
    }

    private Optional<Charge> create(Client client, String key, Instant now) {
        Charge stored = charges.byKey(key).orElseThrow();
        ChargeRequest request = new ChargeRequest(stored.amount(), description(client), stored.externalReference(),
                now.plus(properties.chargeLifetime()).atZone(calendar.zone()).toOffsetDateTime(), key,
                setup.current().payerEmail(), firstName(client.name()));
        try {
            ProviderPayment payment = gateway.create(request);
            health.accepted();
            charges.created(key, payment, clock.instant());
            return charges.byKey(key).filter(charge -> charge.qrCode() != null);
        } catch (ProviderException e) {
            if (e.kind() == ProviderException.Kind.TOKEN_REJECTED) {
                health.tokenRejected();
            }
            log.warn("Mercado Pago made no PIX charge for client {} ({}): the message carries the static PIX",
                    client.id(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Payments flagged for the reseller to look at, newest first. */
    public List<ChargeReview> reviews() {
        return charges.reviews();
    }

    /** The client's charges, newest first (for the history). */
    public List<Charge> chargesOf(String clientId) {
        return charges.forClient(clientId);
    }

    /** Asks Mercado Pago whether the token works ("Testar"): empty when it does, else the problem's kind. */
    public Optional<ProviderException.Kind> test() {
        try {
            gateway.check();
            health.accepted();
            return Optional.empty();
        } catch (ProviderException e) {
            if (e.kind() == ProviderException.Kind.TOKEN_REJECTED) {
                health.tokenRejected();
            }
            return Optional.of(e.kind());
        }
    }

    /** Name-based: the same client, due date, amount and attempt always give the same key, across restarts. */
    static String idempotencyKey(String clientId, LocalDate dueDate, BigDecimal amount, int attempt) {
        String name = "pix-charge:" + clientId + ":" + dueDate + ":" + amount.setScale(2, RoundingMode.HALF_UP)
                .toPlainString() + ":" + attempt;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Names client and due date; the approval must come back with exactly this. */
    public static String externalReference(String clientId, LocalDate dueDate) {
        return "bcm:" + clientId + ":" + dueDate;
    }

    private static String description(Client client) {
        String plan = client.planName() != null && !client.planName().isBlank() ? client.planName().strip()
                : client.service();
        String text = "Renovação " + (plan == null ? "" : plan) + " - vencimento " + client.dueDate();
        return text.length() <= 200 ? text : text.substring(0, 200);
    }

    private static String firstName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String first = name.strip().split("\\s+")[0];
        return first.length() <= 60 ? first : first.substring(0, 60);
    }
}
