package com.botclientemanager.clients;

import com.botclientemanager.access.AccessData;
import com.botclientemanager.access.AccessException;
import com.botclientemanager.access.AccessKeyState;
import com.botclientemanager.access.AccessService;
import com.botclientemanager.clients.internal.ImportAccess;
import com.botclientemanager.clients.internal.ImportColumn;
import com.botclientemanager.clients.internal.ImportFile;
import com.botclientemanager.clients.internal.ImportValues;
import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.validation.Money;
import com.botclientemanager.validation.Phones;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private final ClientSettingsService settings;
    private final long maxBytes;
    private final AccessService access;

    public ClientImport(ClientDirectory directory, PhoneNumbers phones, ClientCalendar calendar,
            ClientsProperties properties, ClientSettingsService settings, AccessService access) {
        this.access = access;
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

    /** A phone of a preview row as the list shows it ({@code +55 11 99988-7766}). */
    public String phoneForReading(String digits) {
        return phones.format(digits);
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
                byPhone.putIfAbsent(Phones.digits(client.phone()), client);
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
        List<ImportRow> valid = preview.rows().stream().filter(ImportRow::valid).toList();
        List<ImportRow> withAccess = valid.stream().filter(r -> r.access() != null).toList();
        if (!withAccess.isEmpty() && access.keyState() == AccessKeyState.KEY_MISSING) {
            throw new AccessException("access.error.key-missing", "import with access data while secret.key is missing");
        }
        directory.saveAll(valid.stream().map(ImportRow::client).toList());
        withAccess.forEach(row -> access.save(row.client().id(), merged(row.client().id(), row.access())));
        return valid.size();
    }

    /** The row's access columns over what is stored: screens, device and notes the file leaves blank are kept. */
    private AccessData merged(String clientId, AccessData imported) {
        AccessData stored = access.masked(clientId);
        return new AccessData(imported.username(), imported.password(), or(imported.screens(), stored.screens()),
                or(imported.device(), stored.device()), or(imported.notes(), stored.notes()), stored.includeInMessages());
    }

    private ImportRow evaluate(ImportFile.Row row, Map<String, Client> byPhone, Map<String, Integer> seen) {
        Map<ImportColumn, String> cells = row.cells();
        List<ImportRow.Problem> problems = new ArrayList<>();
        String name = cell(cells, ImportColumn.NAME).map(ImportValues::text).orElse("");
        String id = cell(cells, ImportColumn.ID).map(ImportValues::text).orElse(null);
        Optional<Client> byId = id == null ? Optional.empty() : directory.find(id);

        String phone = null;
        Optional<String> phoneCell = cell(cells, ImportColumn.PHONE);
        if (phoneCell.isPresent()) {
            phone = phones.normalise(phoneCell.get()).orElse(null);
            if (phone == null) {
                problems.add(new ImportRow.Problem("clients.import.row.phone-invalid", phoneCell.get()));
            }
        } else if (byId.isEmpty()) {
            problems.add(new ImportRow.Problem("clients.import.row.phone-required", null));
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
        if (problems.isEmpty()) {
            Integer firstLine = seen.putIfAbsent(targetId, row.line());
            if (firstLine == null && phone != null) {
                firstLine = seen.putIfAbsent("phone:" + phone, row.line());
            }
            if (firstLine != null) {
                problems.add(new ImportRow.Problem("clients.import.row.duplicate", String.valueOf(firstLine)));
            }
        }
        int unreadable = problems.size();
        Client client = merge(base, targetId, cells, phone, row.json(), problems);
        AccessData access = ImportAccess.read(cells, problems);
        boolean cellsRead = problems.size() == unreadable;
        problems(client, problems, cellsRead ? Set.of() : unreadableKinds(problems.subList(unreadable, problems.size())));
        if (!problems.isEmpty()) {
            return new ImportRow(row.line(), ImportRow.Outcome.ERROR, null, name, problems, phone, client.value(),
                    client.dueDate());
        }
        return new ImportRow(row.line(), outcome, client, name, List.of(), phone, client.value(), client.dueDate(), access);
    }

    private static Set<String> unreadableKinds(List<ImportRow.Problem> problems) {
        Set<String> kinds = new HashSet<>();
        problems.forEach(p -> kinds.add(p.key()));
        return kinds;
    }

    /** A client a row adds: its reminder times start at the default time, as in the form. */
    private Client newClient(String id) {
        java.time.LocalTime time = settings.current().reminderTime();
        return new Client(id, "", "", "IPTV", null, null, time, time, "", "", calendar.now(), "", "", true, true, null,
                false);
    }

    private Client merge(Client base, String id, Map<ImportColumn, String> cells, String phone, boolean json,
            List<ImportRow.Problem> problems) {
        Client c = base != null ? base : newClient(id);
        Reader reader = new Reader(cells, problems);
        var renewal = c.renewalPeriod();
        var months = reader.read(ImportColumn.RENEWAL_MONTHS, ImportValues::months, "renewal");
        var days = reader.read(ImportColumn.RENEWAL_DAYS, ImportValues::days, "renewal");
        var named = reader.read(ImportColumn.RENEWAL, ImportValues::period, "renewal");
        renewal = named != null ? named : months != null ? months : days != null ? days : renewal;
        String newPhone = phone != null ? phone : c.phone();
        return new Client(id,
                or(reader.read(ImportColumn.NAME, ImportValues::text, "name"), c.name()),
                newPhone == null ? "" : newPhone,
                or(reader.read(ImportColumn.SERVICE, ImportValues::text, "service"), c.service()),
                or(reader.read(ImportColumn.VALUE, cell -> ImportValues.decimal(cell, json), "value"), c.value()),
                or(reader.read(ImportColumn.DUE_DATE, ImportValues::date, "due-date"), c.dueDate()),
                or(reader.read(ImportColumn.TIME_BEFORE_DUE, ImportValues::time, "time"), c.reminderTimeBeforeDue()),
                or(reader.read(ImportColumn.TIME_DUE_DAY, ImportValues::time, "time"), c.reminderTimeDueDay()),
                or(reader.read(ImportColumn.MESSAGE_BEFORE_DUE, ImportValues::text, "text"), c.customMessageBeforeDue()),
                or(reader.read(ImportColumn.MESSAGE_DUE_DAY, ImportValues::text, "text"), c.customMessageDueDay()),
                or(reader.read(ImportColumn.CREATED_AT, ImportValues::dateTime, "date"), c.createdAt()),
                or(reader.read(ImportColumn.PLAN, ImportValues::text, "text"), c.planName()),
                or(reader.read(ImportColumn.NOTES, ImportValues::text, "text"), c.notes()),
                or(reader.read(ImportColumn.ACTIVE, ImportValues::bool, "yes-no"), c.active()),
                or(reader.read(ImportColumn.REMINDERS, ImportValues::bool, "yes-no"), c.remindersEnabled()),
                renewal,
                c.notOnWhatsApp() && newPhone != null && newPhone.equals(c.phone()));
    }

    /** What a client needs and the row did not give; a column already reported as unreadable is not reported again. */
    private static void problems(Client client, List<ImportRow.Problem> problems, Set<String> unreadable) {
        if ((client.name() == null || client.name().isBlank()) && !unreadable.contains("clients.import.row.bad-name")) {
            problems.add(new ImportRow.Problem("clients.import.row.name-required", null));
        } else if (client.name() != null && client.name().length() > NAME_MAX) {
            problems.add(new ImportRow.Problem("clients.import.row.name-size", null));
        }
        BigDecimal value = client.value();
        boolean valueUnreadable = unreadable.stream().anyMatch(key -> key.startsWith("clients.import.row.value-")
                || key.equals("clients.import.row.bad-value"));
        if (value == null && !valueUnreadable) {
            problems.add(new ImportRow.Problem("clients.import.row.value-required", null));
        } else if (value != null && (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2
                || value.compareTo(BigDecimal.valueOf(10_000_000)) >= 0)) {
            problems.add(new ImportRow.Problem("clients.import.row.value-invalid", null));
        }
        if (client.dueDate() == null && !unreadable.contains("clients.import.row.bad-due-date")) {
            problems.add(new ImportRow.Problem("clients.import.row.due-date-required", null));
        }
    }

    private static Optional<String> cell(Map<ImportColumn, String> cells, ImportColumn column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Reads cells; an unreadable one becomes a problem of the row and reads as absent, so every error is listed. */
    private record Reader(Map<ImportColumn, String> cells, List<ImportRow.Problem> problems) {

        <T> T read(ImportColumn column, Function<String, T> parser, String kind) {
            Optional<String> cell = cell(cells, column);
            if (cell.isEmpty()) {
                return null;
            }
            try {
                return parser.apply(cell.get());
            } catch (InvalidInputException e) {
                problems.add(new ImportRow.Problem(Money.AMBIGUOUS.equals(e.messageKey())
                        ? "clients.import.row.value-ambiguous" : "clients.import.row.bad-" + kind, cell.get()));
            } catch (IllegalArgumentException | ArithmeticException e) {
                problems.add(new ImportRow.Problem("clients.import.row.bad-" + kind, cell.get()));
            }
            return null;
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
