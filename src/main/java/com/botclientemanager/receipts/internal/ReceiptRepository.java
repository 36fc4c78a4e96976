package com.botclientemanager.receipts.internal;

import com.botclientemanager.receipts.Receipt;
import com.botclientemanager.receipts.ReceiptSource;
import com.botclientemanager.receipts.ReceiptStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The receipt tables ({@code V3_21__receipts.sql}). Every query ends in {@code optional()}, {@code list()} or
 * {@code update()}, so no pooled connection stays open.
 */
@Repository
public class ReceiptRepository {

    private static final String PART_COLUMNS = "id, receipt_id, provider, provider_message_id, media_id, body, "
            + "file_state, file_name, content_type, file_size, received_at";

    private final JdbcClient jdbc;

    ReceiptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored part of an item, as the download job and the file endpoint need it. */
    public record PartRow(long id, long receiptId, String provider, String providerMessageId, String mediaId,
            String body, String fileState, String fileName, String contentType, Long fileSize, Instant receivedAt) {
    }

    public boolean messageSeen(String providerMessageId) {
        return jdbc.sql("SELECT COUNT(*) FROM receipt_part WHERE provider_message_id = ?").param(providerMessageId)
                .query(Integer.class).single() > 0;
    }

    public Optional<Long> pendingOf(String clientId, LocalDate dueDate) {
        return jdbc.sql("SELECT id FROM receipt WHERE pending_key = ?").param(pendingKey(clientId, dueDate))
                .query(Long.class).optional();
    }

    /** A new pending item; empty when one for this client and due date appeared meanwhile. */
    public Optional<Long> insertReceipt(String clientId, ReceiptSource source, LocalDate dueDate, BigDecimal amountDue,
            Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO receipt (client_id, source, due_date, amount_due, status, pending_key, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(clientId, source.name(), dueDate, amountDue, ReceiptStatus.PENDING.name(),
                            pendingKey(clientId, dueDate), time(at))
                    .update(key, "id");
            return Optional.of(key.getKey().longValue());
        } catch (DuplicateKeyException raced) {
            return Optional.empty();
        }
    }

    /** Adds a message or file to an item; empty when the provider delivered this message before. */
    public Optional<Long> insertPart(long receiptId, String provider, String providerMessageId, String mediaId,
            String body, String fileState, Instant receivedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO receipt_part (receipt_id, provider, provider_message_id, media_id, body, file_state, "
                            + "received_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(receiptId, provider, cut(providerMessageId, 200), cut(mediaId, 500), cut(body, 4000),
                            fileState, time(receivedAt))
                    .update(key, "id");
            return Optional.of(key.getKey().longValue());
        } catch (DuplicateKeyException repeated) {
            return Optional.empty();
        }
    }

    public Optional<PartRow> part(long partId) {
        return jdbc.sql("SELECT " + PART_COLUMNS + " FROM receipt_part WHERE id = ?").param(partId)
                .query(ReceiptRepository::partRow).optional();
    }

    public void fileStored(long partId, String fileName, String contentType, long size) {
        jdbc.sql("UPDATE receipt_part SET file_state = 'STORED', file_name = ?, content_type = ?, file_size = ?, "
                + "failure = NULL WHERE id = ?").params(fileName, contentType, size, partId).update();
    }

    public void fileFailed(long partId, String reason) {
        jdbc.sql("UPDATE receipt_part SET file_state = 'FAILED', failure = ? WHERE id = ?")
                .params(cut(reason, 200), partId).update();
    }

    public long storedBytes() {
        return jdbc.sql("SELECT COALESCE(SUM(file_size), 0) FROM receipt_part WHERE file_state = 'STORED'")
                .query(Long.class).single();
    }

    public List<Receipt> withStatus(ReceiptStatus status) {
        List<Long> ids = jdbc.sql("SELECT id FROM receipt WHERE status = ? ORDER BY created_at DESC, id DESC")
                .param(status.name()).query(Long.class).list();
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    public int countWithStatus(ReceiptStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM receipt WHERE status = ?").param(status.name()).query(Integer.class)
                .single();
    }

    public Optional<Receipt> find(long id) {
        // list(), never stream(): the list is read and the pooled connection given back before anything else runs
        List<PartRow> rows = jdbc.sql("SELECT " + PART_COLUMNS + " FROM receipt_part WHERE receipt_id = ? "
                + "ORDER BY received_at, id").param(id).query(ReceiptRepository::partRow).list();
        List<Receipt.Part> parts = rows.stream().map(p -> new Receipt.Part(p.id(), p.body(), p.fileState(),
                p.contentType(), p.fileSize(), p.receivedAt())).toList();
        return jdbc.sql("SELECT id, client_id, source, due_date, amount_due, status, created_at, decided_at, note "
                        + "FROM receipt WHERE id = ?").param(id)
                .query((rs, n) -> new Receipt(rs.getLong("id"), rs.getString("client_id"),
                        ReceiptSource.valueOf(rs.getString("source")), rs.getObject("due_date", LocalDate.class),
                        rs.getBigDecimal("amount_due"), ReceiptStatus.valueOf(rs.getString("status")),
                        instant(rs, "created_at"), instant(rs, "decided_at"), rs.getString("note"), parts))
                .optional();
    }

    /**
     * Moves an item from {@code from} to {@code to}; false when it was not in {@code from} (a second click). A move to
     * CONFIRMING records when, for {@link #confirmingBefore}.
     */
    public boolean move(long id, ReceiptStatus from, ReceiptStatus to, Instant at, String note, String paymentId) {
        boolean stillPending = to == ReceiptStatus.PENDING || to == ReceiptStatus.CONFIRMING;
        return jdbc.sql("UPDATE receipt SET status = ?, decided_at = ?, note = COALESCE(?, note), "
                        + "payment_id = COALESCE(?, payment_id), pending_key = " + (stillPending ? "pending_key" : "NULL")
                        + ", confirming_since = ? WHERE id = ? AND status = ?")
                .params(to.name(), stillPending ? null : time(at), cut(note, 1000), paymentId,
                        to == ReceiptStatus.CONFIRMING ? time(at) : null, id, from.name())
                .update() == 1;
    }

    /**
     * Items in CONFIRMING since before {@code before} (or since a version that did not record when), with that moment:
     * a confirmation still running takes well under a second, so these were left by a stop in the middle.
     */
    public Map<Long, Instant> confirmingBefore(Instant before) {
        Map<Long, Instant> found = new LinkedHashMap<>();
        jdbc.sql("SELECT id, confirming_since FROM receipt WHERE status = 'CONFIRMING' "
                        + "AND (confirming_since IS NULL OR confirming_since < ?) ORDER BY id LIMIT 1000")
                .param(time(before))
                .query((rs, n) -> {
                    Instant since = instant(rs, "confirming_since");
                    return Map.entry(rs.getLong("id"), since == null ? Instant.EPOCH : since);
                }).list()
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    /** The stored files of items decided before {@code before}. */
    public Map<Long, String> filesDecidedBefore(Instant before) {
        Map<Long, String> files = new LinkedHashMap<>();
        jdbc.sql("SELECT p.id, p.file_name FROM receipt_part p JOIN receipt r ON r.id = p.receipt_id "
                        + "WHERE p.file_state = 'STORED' AND r.decided_at < ?").param(time(before))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> files.put(e.getKey(), e.getValue()));
        return files;
    }

    public void fileDeleted(long partId) {
        jdbc.sql("UPDATE receipt_part SET file_state = 'DELETED', file_name = NULL WHERE id = ?").param(partId).update();
    }

    private static PartRow partRow(ResultSet rs, int n) throws SQLException {
        return new PartRow(rs.getLong("id"), rs.getLong("receipt_id"), rs.getString("provider"),
                rs.getString("provider_message_id"), rs.getString("media_id"), rs.getString("body"),
                rs.getString("file_state"), rs.getString("file_name"), rs.getString("content_type"),
                rs.getObject("file_size", Long.class), instant(rs, "received_at"));
    }

    private static String pendingKey(String clientId, LocalDate dueDate) {
        return clientId + "|" + (dueDate == null ? "-" : dueDate);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
