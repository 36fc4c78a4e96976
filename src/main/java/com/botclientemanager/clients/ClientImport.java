package com.botclientemanager.clients;

import com.botclientemanager.clients.internal.ImportColumn;
import com.botclientemanager.clients.internal.ImportFile;
import com.botclientemanager.clients.internal.ImportValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Imports clients from a CSV file or the seed app's {@code clients.json}: {@link #preview} tells for every row whether it
 * adds a client, updates one (same id, or same phone) or has an error, without storing anything; {@link #apply} stores
 * the valid rows in one change, or nothing.
 */
@Service
public class ClientImport {

    static final int NAME_MAX = 100;

    private final ClientDirectory directory;
    private final PhoneNumbers phones;
    private final ClientCalendar calendar;
    private final ClientSettings settings;
    private final long maxBytes;

    public ClientImport(ClientDirectory directory, PhoneNumbers phones, ClientCalendar calendar,
            ClientsProperties properties, ClientSettings settings) {
        this.directory = directory;
        this.phones = phones;
        this.calendar = calendar;
        this.settings = settings;
        this.maxBytes = properties.importMaxSize().toBytes();
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** What importing the file would do. Never stores anything and never throws for a bad file. */
    public ImportPreview preview(String fileName, byte[] content) {
        if (content.length > maxBytes) {
            return new ImportPreview(fileName, List.of(), "clients.import.error.too-large",
                    String.valueOf(maxBytes / (1024 * 1024)), null);
        }
        ImportFile.Parsed parsed = ImportFile.read(fileName, content);
        if (parsed.errorKey() != null) {
            return new ImportPreview(fileName, List.of(), parsed.errorKey(), parsed.errorDetail(), null);
        }
        Map<String, Client> byPhone = new HashMap<>();
        List<Client> existing = directory.all();
        for (Client client : existing) {
            if (client.phone() != null) {
                byPhone.putIfAbsent(client.phone().replaceAll("\\D", ""), client);
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>(parsed.rows().size());
        for (ImportFile.Row row : parsed.rows()) {
            rows.add(evaluate(row, byPhone, seen));
        }
        return new ImportPreview(fileName, rows, null, null, parsed.noticeKey());
    }

    /**
     * Stores the preview's valid rows in one change and returns how many clients were stored. With errors in the
     * preview, {@code onlyValidRows} must be true ("Importar só as linhas válidas"), or nothing is stored.
     */
    public int apply(ImportPreview preview, boolean onlyValidRows) {
        if (preview.fileError()) {
            throw new ClientException(preview.fileErrorKey(), preview.fileErrorValue());
        }
        if (preview.errorCount() > 0 && !onlyValidRows) {
            throw new ClientException("clients.import.error.has-errors", preview.errorCount());
        }
        List<Client> clients = preview.rows().stream().filter(ImportRow::valid).map(ImportRow::client).toList();
        directory.saveAll(clients);
        return clients.size();
    }

    private ImportRow evaluate(ImportFile.Row row, Map<String, Client> byPhone, Map<String, Integer> seen) {
        Map<ImportColumn, String> cells = row.cells();
        String name = cell(cells, ImportColumn.NAME).map(ImportValues::text).orElse("");
        String id = cell(cells, ImportColumn.ID).map(ImportValues::text).orElse(null);
        Optional<Client> byId = id == null ? Optional.empty() : directory.find(id);

        String phone = null;
        Optional<String> phoneCell = cell(cells, ImportColumn.PHONE);
        if (phoneCell.isPresent()) {
            phone = phones.normalise(phoneCell.get()).orElse(null);
            if (phone == null) {
                return ImportRow.error(row.line(), name, "clients.import.row.phone-invalid", phoneCell.get());
            }
        } else if (byId.isEmpty()) {
            return ImportRow.error(row.line(), name, "clients.import.row.phone-required", null);
        }

        Client base;
        ImportRow.Outcome outcome;
        if (byId.isPresent()) {
            base = byId.get();
            outcome = ImportRow.Outcome.UPDATE_BY_ID;
        } else if (phone != null && byPhone.containsKey(phone)) {
            base = byPhone.get(phone);
            outcome = ImportRow.Outcome.UPDATE_BY_PHONE;
        } else {
            base = null;
            outcome = ImportRow.Outcome.NEW;
        }
        String targetId = base != null ? base.id() : id != null && !id.isBlank() ? id : UUID.randomUUID().toString();
        Integer firstLine = seen.putIfAbsent(targetId, row.line());
        if (firstLine == null && phone != null) {
            firstLine = seen.putIfAbsent("phone:" + phone, row.line());
        }
        if (firstLine != null) {
            return ImportRow.error(row.line(), name, "clients.import.row.duplicate", String.valueOf(firstLine));
        }
        try {
            Client client = merge(base, targetId, cells, phone, row.json());
            Optional<String> problem = problem(client);
            if (problem.isPresent()) {
                return ImportRow.error(row.line(), name, problem.get(), null);
            }
            return new ImportRow(row.line(), outcome, client, name, null, null);
        } catch (CellException e) {
            return ImportRow.error(row.line(), name, e.key, e.cell);
        }
    }

    /** A client a row adds: its reminder times start at the default time, as in the form. */
    private Client newClient(String id) {
        java.time.LocalTime time = settings.current().reminderTime();
        return new Client(id, "", "", "IPTV", null, null, time, time, "", "", calendar.now(), "", "", true, true, null,
                false);
    }

    private Client merge(Client base, String id, Map<ImportColumn, String> cells, String phone, boolean json) {
        Client c = base != null ? base : newClient(id);
        var renewal = c.renewalPeriod();
        var months = read(cells, ImportColumn.RENEWAL_MONTHS, ImportValues::months, "renewal");
        var days = read(cells, ImportColumn.RENEWAL_DAYS, ImportValues::days, "renewal");
        var named = read(cells, ImportColumn.RENEWAL, ImportValues::period, "renewal");
        renewal = named != null ? named : months != null ? months : days != null ? days : renewal;
        String newPhone = phone != null ? phone : c.phone();
        return new Client(id,
                or(read(cells, ImportColumn.NAME, ImportValues::text, "name"), c.name()),
                newPhone,
                or(read(cells, ImportColumn.SERVICE, ImportValues::text, "service"), c.service()),
                or(read(cells, ImportColumn.VALUE, cell -> ImportValues.decimal(cell, json), "value"), c.value()),
                or(read(cells, ImportColumn.DUE_DATE, ImportValues::date, "due-date"), c.dueDate()),
                or(read(cells, ImportColumn.TIME_BEFORE_DUE, ImportValues::time, "time"), c.reminderTimeBeforeDue()),
                or(read(cells, ImportColumn.TIME_DUE_DAY, ImportValues::time, "time"), c.reminderTimeDueDay()),
                or(read(cells, ImportColumn.MESSAGE_BEFORE_DUE, ImportValues::text, "text"), c.customMessageBeforeDue()),
                or(read(cells, ImportColumn.MESSAGE_DUE_DAY, ImportValues::text, "text"), c.customMessageDueDay()),
                or(read(cells, ImportColumn.CREATED_AT, ImportValues::dateTime, "date"), c.createdAt()),
                or(read(cells, ImportColumn.PLAN, ImportValues::text, "text"), c.planName()),
                or(read(cells, ImportColumn.NOTES, ImportValues::text, "text"), c.notes()),
                or(read(cells, ImportColumn.ACTIVE, ImportValues::bool, "yes-no"), c.active()),
                or(read(cells, ImportColumn.REMINDERS, ImportValues::bool, "yes-no"), c.remindersEnabled()),
                renewal,
                c.notOnWhatsApp() && newPhone.equals(c.phone()));
    }

    private static Optional<String> problem(Client client) {
        if (client.name() == null || client.name().isBlank()) {
            return Optional.of("clients.import.row.name-required");
        }
        if (client.name().length() > NAME_MAX) {
            return Optional.of("clients.import.row.name-size");
        }
        BigDecimal value = client.value();
        if (value == null) {
            return Optional.of("clients.import.row.value-required");
        }
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2 || value.compareTo(BigDecimal.valueOf(10_000_000)) >= 0) {
            return Optional.of("clients.import.row.value-invalid");
        }
        if (client.dueDate() == null) {
            return Optional.of("clients.import.row.due-date-required");
        }
        return Optional.empty();
    }

    private static Optional<String> cell(Map<ImportColumn, String> cells, ImportColumn column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static <T> T read(Map<ImportColumn, String> cells, ImportColumn column, Function<String, T> parser, String kind) {
        Optional<String> cell = cell(cells, column);
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(cell.get());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new CellException("clients.import.row.bad-" + kind, cell.get());
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static final class CellException extends RuntimeException {
        private final String key;
        private final String cell;

        CellException(String key, String cell) {
            super(key, null, false, false);
            this.key = key;
            this.cell = cell;
        }
    }
}
