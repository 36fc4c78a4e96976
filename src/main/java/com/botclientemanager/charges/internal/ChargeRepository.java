package com.botclientemanager.charges.internal;

import com.botclientemanager.charges.Charge;
import com.botclientemanager.charges.ChargeReview;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The charge tables ({@code V3_23__charges.sql}). Every query ends in {@code optional()}, {@code list()} or
 * {@code update()}: a stream left open would hold a pooled connection.
 */
@Repository
public class ChargeRepository {

    private static final String COLUMNS = "id, client_id, due_date, amount, attempt, idempotency_key, "
            + "external_reference, provider_payment_id, status, qr_code, expires_at, payment_recorded, created_at, "
            + "updated_at";

    /** Our own status while an approved payment is being recorded (the others are Mercado Pago's). */
    public static final String RECORDING = "recording";

    private final JdbcClient jdbc;

    ChargeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest attempt for the client's due date. */
    public Optional<Charge> latest(String clientId, LocalDate dueDate) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pix_charge WHERE client_id = ? AND due_date = ? "
                        + "ORDER BY attempt DESC LIMIT 1")
                .params(clientId, dueDate).query(ChargeRepository::charge).optional();
    }

    public Optional<Charge> byProviderId(String providerPaymentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pix_charge WHERE provider_payment_id = ?")
                .param(providerPaymentId).query(ChargeRepository::charge).optional();
    }

    public Optional<Charge> byReference(String externalReference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pix_charge WHERE external_reference = ? "
                        + "ORDER BY attempt DESC LIMIT 1")
                .param(externalReference).query(ChargeRepository::charge).optional();
    }

    /** Charges waiting for the transfer that expired after {@code since}: what reconciliation asks about. */
    public List<String> pendingSince(Instant since) {
        return jdbc.sql("SELECT provider_payment_id FROM pix_charge WHERE status = 'pending' AND provider_payment_id "
                        + "IS NOT NULL AND (expires_at IS NULL OR expires_at > ?) ORDER BY id LIMIT 1000")
                .param(time(since)).query(String.class).list();
    }

    public List<Charge> forClient(String clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pix_charge WHERE client_id = ? ORDER BY id DESC LIMIT 50")
                .param(clientId).query(ChargeRepository::charge).list();
    }

    /** A new attempt in state {@code creating}; false when the same attempt was inserted before (same key). */
    public boolean insert(String clientId, LocalDate dueDate, BigDecimal amount, int attempt, String key,
            String reference, Instant now) {
        try {
            jdbc.sql("INSERT INTO pix_charge (client_id, due_date, amount, attempt, idempotency_key, "
                            + "external_reference, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(clientId, dueDate, amount, attempt, key, reference, Charge.CREATING, time(now), time(now))
                    .update();
            return true;
        } catch (DuplicateKeyException repeated) {
            return false;
        }
    }

    public Optional<Charge> byKey(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pix_charge WHERE idempotency_key = ?").param(key)
                .query(ChargeRepository::charge).optional();
    }

    /** What Mercado Pago answered to the creation. */
    public void created(String key, ProviderPayment payment, Instant now) {
        jdbc.sql("UPDATE pix_charge SET provider_payment_id = ?, status = ?, qr_code = ?, expires_at = ?, "
                        + "updated_at = ? WHERE idempotency_key = ?")
                .params(payment.id(), cut(payment.status(), 32), cut(payment.qrCode(), 2000),
                        payment.expiresAt() == null ? null : time(payment.expiresAt()), time(now), key)
                .update();
    }

    public void status(String providerPaymentId, String status, Instant now) {
        jdbc.sql("UPDATE pix_charge SET status = ?, updated_at = ? WHERE provider_payment_id = ?")
                .params(cut(status, 32), time(now), providerPaymentId).update();
    }

    /**
     * Claims the recording of an approved payment: true for exactly one caller, however many notifications came. The
     * charge stays {@value #RECORDING} until {@link #recorded}, so a recording cut short by a stop can be found.
     */
    public boolean claimRecording(String providerPaymentId, Instant now) {
        return jdbc.sql("UPDATE pix_charge SET payment_recorded = TRUE, status = '" + RECORDING + "', updated_at = ? "
                        + "WHERE provider_payment_id = ? AND payment_recorded = FALSE")
                .params(time(now), providerPaymentId).update() == 1;
    }

    /** The payment is in the client's history: the charge has Mercado Pago's status again. */
    public void recorded(String providerPaymentId, Instant now) {
        status(providerPaymentId, "approved", now);
    }

    /** Gives the claim back when recording failed, so the next try records it. */
    public void releaseRecording(String providerPaymentId) {
        jdbc.sql("UPDATE pix_charge SET payment_recorded = FALSE, status = 'approved' WHERE provider_payment_id = ?")
                .param(providerPaymentId).update();
    }

    /** Recordings claimed before {@code before} and never finished: the app stopped in the middle of them. */
    public List<Charge> recordingBefore(Instant before) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pix_charge WHERE status = '" + RECORDING + "' AND payment_recorded "
                        + "AND updated_at < ? ORDER BY id LIMIT 1000")
                .param(time(before)).query(ChargeRepository::charge).list();
    }

    /** Flags a payment for review; false when it was flagged for that reason before. */
    public boolean flag(String providerPaymentId, String clientId, String reason, BigDecimal amount, Instant now) {
        try {
            jdbc.sql("INSERT INTO pix_charge_review (provider_payment_id, client_id, reason, amount, flagged_at) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(providerPaymentId, cut(clientId, 64), reason, amount, time(now)).update();
            return true;
        } catch (DuplicateKeyException repeated) {
            return false;
        }
    }

    public List<ChargeReview> reviews() {
        return jdbc.sql("SELECT provider_payment_id, client_id, reason, amount, flagged_at FROM pix_charge_review "
                        + "ORDER BY flagged_at DESC, id DESC LIMIT 200")
                .query((rs, row) -> new ChargeReview(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    private static Charge charge(ResultSet rs, int row) throws SQLException {
        OffsetDateTime expires = rs.getObject("expires_at", OffsetDateTime.class);
        return new Charge(rs.getLong("id"), rs.getString("client_id"), rs.getObject("due_date", LocalDate.class),
                rs.getBigDecimal("amount"), rs.getInt("attempt"), rs.getString("idempotency_key"),
                rs.getString("external_reference"), rs.getString("provider_payment_id"), rs.getString("status"),
                rs.getString("qr_code"), expires == null ? null : expires.toInstant(),
                rs.getBoolean("payment_recorded"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
