package com.botclientemanager.clients;

import com.botclientemanager.access.AccessData;
import com.botclientemanager.access.AccessException;
import com.botclientemanager.access.AccessService;
import com.botclientemanager.clients.internal.ClientCodec;
import com.botclientemanager.clients.internal.ClientsDocument;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports a list of clients as a CSV a Brazilian Excel opens as it is ({@code ;}, UTF-8 with BOM, {@code 29,90},
 * {@code 31/12/2025}; the import reads it back) or as the seed app's {@code clients.json} (each client's stored object,
 * unknown fields included).
 */
@Service
public class ClientExport {

    static final List<String> CSV_HEADER = List.of("id", "nome", "telefone", "servico", "plano", "valor", "vencimento",
            "periodo", "lembrete_3_dias", "lembrete_no_dia", "lembretes", "ativo", "mensagem_3_dias", "mensagem_no_dia",
            "observacoes", "usuario", "senha", "telas", "mac", "observacoes_acesso");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DocumentStore store;
    private final AccessService access;

    public ClientExport(DocumentStore store, AccessService access) {
        this.store = store;
        this.access = access;
    }

    /** The CSV with the user and the password masked ("••••"), as a plain "Exportar" makes it. */
    public void csv(List<Client> clients, OutputStream out) throws IOException {
        csv(clients, out, false);
    }

    /**
     * The CSV; with {@code withSecrets} (the person ticked "Incluir senhas") the user and the password in clear. A
     * client whose values cannot be decrypted (secret.key missing) keeps the mask: the export never fails for it.
     */
    public void csv(List<Client> clients, OutputStream out, boolean withSecrets) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        printer.printRecord(CSV_HEADER);
        for (Client c : clients) {
            AccessData a = accessOf(c.id(), withSecrets);
            printer.printRecord(cell(c.id()), cell(c.name()), cell(c.phone()), cell(c.service()), cell(c.planName()),
                    money(c.value()), date(c.dueDate()), period(c.renewalPeriodOrMonthly()), time(c.reminderTimeBeforeDue()),
                    time(c.reminderTimeDueDay()), yesNo(c.remindersEnabled()), yesNo(c.active()),
                    cell(c.customMessageBeforeDue()), cell(c.customMessageDueDay()), cell(c.notes()),
                    cell(a.username()), cell(a.password()), a.screens() == null ? "" : a.screens().toString(),
                    cell(a.device()), cell(a.notes()));
        }
        printer.flush();
    }

    private AccessData accessOf(String clientId, boolean withSecrets) {
        if (withSecrets) {
            try {
                return access.reveal(clientId);
            } catch (AccessException e) {
                // secret.key missing or another key: the mask says a value exists without giving it away
            }
        }
        return access.masked(clientId);
    }

    /** The clients in the seed app's format, in the given order, each as stored (unknown fields kept). */
    public void seedJson(List<Client> clients, OutputStream out) throws IOException {
        Map<String, ObjectNode> stored = new HashMap<>();
        for (ObjectNode node : ClientsDocument.clientNodes(store.read(Document.CLIENTS))) {
            stored.putIfAbsent(ClientCodec.idOf(node), node);
        }
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        ArrayNode array = document.putArray("clients");
        for (Client client : clients) {
            ObjectNode node = stored.get(client.id());
            array.add(node != null ? node.deepCopy() : ClientCodec.create(client));
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, document);
    }

    /**
     * A spreadsheet would run a cell starting with =, +, - or @ as a formula: an apostrophe keeps it text. Every text
     * column, the id included: an id comes from the seed file or an import and can hold anything.
     */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    private static String yesNo(boolean value) {
        return value ? "sim" : "não";
    }

    private static String period(Period period) {
        return switch (RenewalPeriod.of(period)) {
            case MONTHLY -> "mensal";
            case BIMONTHLY -> "bimestral";
            case QUARTERLY -> "trimestral";
            case SEMIANNUAL -> "semestral";
            case ANNUAL -> "anual";
            case DAYS -> (period.getDays() + period.toTotalMonths() * 30) + " dias";
        };
    }
}
