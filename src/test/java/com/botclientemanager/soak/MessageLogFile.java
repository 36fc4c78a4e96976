package com.botclientemanager.soak;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The app's message log, read from its H2 file once the app has stopped: what the user would see under "Mensagens
 * enviadas", including every failed attempt in each message's timeline.
 */
final class MessageLogFile {

    private final Map<String, Integer> statusCounts = new TreeMap<>();
    private final Map<String, String> statusByProviderId = new HashMap<>();
    private final List<String> retryReasons = new ArrayList<>();

    private MessageLogFile() {
    }

    static MessageLogFile read(Path dataDir) throws SQLException {
        MessageLogFile log = new MessageLogFile();
        String url = "jdbc:h2:file:" + dataDir.resolve("db").resolve("bcm").toAbsolutePath() + ";IFEXISTS=TRUE";
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            try (ResultSet rows = sql.executeQuery("SELECT status, COUNT(*) FROM wa_message GROUP BY status")) {
                while (rows.next()) {
                    log.statusCounts.put(rows.getString(1), rows.getInt(2));
                }
            }
            try (ResultSet rows = sql.executeQuery("SELECT provider_message_id, status FROM wa_message "
                    + "WHERE provider_message_id IS NOT NULL")) {
                while (rows.next()) {
                    log.statusByProviderId.put(rows.getString(1), rows.getString(2));
                }
            }
            // a send that failed for a passing reason puts the reminder back in the queue, with the reason
            try (ResultSet rows = sql.executeQuery("SELECT reason FROM wa_message_status WHERE status = 'QUEUED'")) {
                while (rows.next()) {
                    log.retryReasons.add(String.valueOf(rows.getString(1)));
                }
            }
        }
        return log;
    }

    /** Messages by status, e.g. {@code {READ=133, DELIVERED=67}}. */
    Map<String, Integer> statusCounts() {
        return statusCounts;
    }

    int messages() {
        return statusCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The status of the message the gateway accepted with this id. */
    String statusOf(String providerMessageId) {
        return statusByProviderId.get(providerMessageId);
    }

    /** Why each attempt that failed for a passing reason failed, one entry per attempt. */
    List<String> retryReasons() {
        return retryReasons;
    }
}
