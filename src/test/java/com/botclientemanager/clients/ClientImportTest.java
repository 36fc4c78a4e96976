package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.clients.ImportRow.Outcome;
import com.botclientemanager.storage.Document;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dataDir;
    private ClientsFixture fixture;
    private ClientImport importer;

    @BeforeEach
    void start() {
        fixture = new ClientsFixture(dataDir, TODAY);
        importer = fixture.importer();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBrazilianExcelCsvWithBomSemicolonsDatesAndNumbersIsRead() {
        String csv = "\uFEFFNome;Telefone;Serviço;Plano;Valor;Vencimento;Período de renovação;Observações\r\n"
                + "João da Silva;(11) 99988-7766;IPTV;Completo;1.234,56;31/01/2026;trimestral;\"linha 1; com ponto e vírgula\"\r\n"
                + "Maria Souza;+55 21 98877-6655;VPN;;29,90;05/02/2026;45 dias;\r\n";
        ImportPreview preview = importer.preview("clientes.csv", utf8(csv));

        assertThat(preview.fileErrorKey()).isNull();
        assertThat(preview.rows()).extracting(ImportRow::outcome).containsExactly(Outcome.NEW, Outcome.NEW);
        Client joao = preview.rows().get(0).client();
        assertThat(joao.name()).isEqualTo("João da Silva");
        assertThat(joao.phone()).isEqualTo("5511999887766");
        assertThat(joao.value()).isEqualByComparingTo("1234.56");
        assertThat(joao.dueDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(joao.renewalPeriod()).isEqualTo(Period.ofMonths(3));
        assertThat(joao.notes()).isEqualTo("linha 1; com ponto e vírgula");
        assertThat(preview.rows().get(1).client().renewalPeriod()).isEqualTo(Period.ofDays(45));
        assertThat(fixture.directory.count()).as("nothing stored before confirming").isZero();

        assertThat(importer.apply(preview, false)).isEqualTo(2);
        assertThat(fixture.directory.count()).isEqualTo(2);
    }

    @Test
    void englishHeadersWithCommasAndSeedFieldNamesAreRead() {
        String csv = "name,phone,plan_type,value,plan_duration,reminder_time_3days,reminders\n"
                + "Ana,11999887766,VPN,\"1,234.50\",2026-04-01,08:30,no\n";
        ImportRow row = importer.preview("x.csv", utf8(csv)).rows().getFirst();
        assertThat(row.outcome()).isEqualTo(Outcome.NEW);
        assertThat(row.client().service()).isEqualTo("VPN");
        assertThat(row.client().value()).isEqualByComparingTo("1234.50");
        assertThat(row.client().reminderTimeBeforeDue()).isEqualTo(LocalTime.of(8, 30));
        assertThat(row.client().remindersEnabled()).isFalse();
    }

    @Test
    void rowsMatchExistingClientsByIdOrByPhoneAndKeepWhatTheFileLeavesBlank() {
        Client byId = fixture.directory.save(ClientsFixture.client("Antigo Nome", "5511911112222", "20", TODAY));
        Client byPhone = fixture.directory.save(ClientsFixture.client("Pedro", "5511933334444", "25", TODAY));
        String csv = "id;nome;telefone;valor;vencimento\n"
                + byId.id() + ";Novo Nome;;;\n"
                + ";;(11) 93333-4444;27,50;\n";
        ImportPreview preview = importer.preview("x.csv", utf8(csv));

        assertThat(preview.rows()).extracting(ImportRow::outcome).containsExactly(Outcome.UPDATE_BY_ID, Outcome.UPDATE_BY_PHONE);
        assertThat(preview.rows().get(0).client().name()).isEqualTo("Novo Nome");
        assertThat(preview.rows().get(0).client().value()).isEqualByComparingTo("20");
        assertThat(preview.rows().get(1).client().id()).isEqualTo(byPhone.id());
        assertThat(preview.rows().get(1).client().name()).isEqualTo("Pedro");
        assertThat(preview.rows().get(1).client().value()).isEqualByComparingTo("27.50");
    }

    @Test
    void aRowListsEveryErrorAndWhatWasReadOfItsPhonePriceAndDueDate() {
        String csv = "nome;telefone;valor;vencimento;lembretes;periodo\n"
                + ";12345;1.234;31/02/2026;talvez;mensal\n"            // line 2: five problems
                + "Meia leitura;(11) 97777-1234;35.5;;;quinzenal\n"    // 3: two problems, phone and price read
                + "Boa;11 96666-5555;35,5;10/03/2026;;\n";             // 4: ok
        ImportPreview preview = importer.preview("x.csv", utf8(csv));

        ImportRow allWrong = preview.rows().get(0);
        assertThat(allWrong.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(allWrong.problems()).extracting(ImportRow.Problem::key).containsExactly(
                "clients.import.row.phone-invalid", "clients.import.row.value-ambiguous",
                "clients.import.row.bad-due-date", "clients.import.row.bad-yes-no", "clients.import.row.name-required");
        assertThat(allWrong.problems()).extracting(ImportRow.Problem::value)
                .containsExactly("12345", "1.234", "31/02/2026", "talvez", null);

        ImportRow half = preview.rows().get(1);
        assertThat(half.problems()).extracting(ImportRow.Problem::key).containsExactly(
                "clients.import.row.bad-renewal", "clients.import.row.due-date-required");
        assertThat(half.phone()).isEqualTo("5511977771234");
        assertThat(importer.phoneForReading(half.phone())).isEqualTo("+55 11 97777-1234");
        assertThat(half.value()).isEqualByComparingTo("35.50");
        assertThat(half.dueDate()).isNull();

        ImportRow good = preview.rows().get(2);
        assertThat(good.problems()).isEmpty();
        assertThat(good.value()).isEqualByComparingTo("35.50");
        assertThat(good.dueDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(good.client().value()).isEqualByComparingTo("35.50");
    }

    @Test
    void badCellsGiveRowLevelErrorsAndNothingIsWrittenUnlessOnlyValidRowsAreChosen() throws Exception {
        fixture.directory.save(ClientsFixture.client("Existente", "5511955556666", "20", TODAY));
        byte[] before = Files.readAllBytes(dataDir.resolve(Document.CLIENTS.fileName()));
        String csv = "nome;telefone;valor;vencimento;lembretes;periodo\n"
                + "Boa;11999887766;30;10/03/2026;sim;mensal\n"     // line 2: ok
                + "Sem telefone;;30;10/03/2026;;\n"                 // 3
                + "Telefone ruim;12345;30;10/03/2026;;\n"           // 4
                + "Data ruim;11988887777;30;31/02/2026;;\n"         // 5
                + "Valor ruim;11977776666;trinta;10/03/2026;;\n"    // 6
                + "Valor zero;11966665555;0,00;10/03/2026;;\n"      // 7
                + ";11955554444;30;10/03/2026;;\n"                  // 8
                + "Repetido;(11) 99988-7766;30;10/03/2026;;\n"      // 9
                + "Sim ruim;11944443333;30;10/03/2026;talvez;\n"    // 10
                + "Sem vencimento;11933332222;30;;;\n"              // 11
                + "Periodo ruim;11922221111;30;10/03/2026;;quinzenal\n"; // 12
        ImportPreview preview = importer.preview("x.csv", utf8(csv));

        assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(preview.rows()).extracting(ImportRow::errorKey).containsExactly(null,
                "clients.import.row.phone-required", "clients.import.row.phone-invalid",
                "clients.import.row.bad-due-date", "clients.import.row.bad-value", "clients.import.row.value-invalid",
                "clients.import.row.name-required", "clients.import.row.duplicate", "clients.import.row.bad-yes-no",
                "clients.import.row.due-date-required", "clients.import.row.bad-renewal");
        assertThat(preview.rows().get(3).errorValue()).isEqualTo("31/02/2026");
        assertThat(preview.rows().get(7).errorValue()).isEqualTo("2");

        assertThatThrownBy(() -> importer.apply(preview, false)).isInstanceOfSatisfying(ClientException.class,
                e -> assertThat(e.messageKey()).isEqualTo("clients.import.error.has-errors"));
        assertThat(Files.readAllBytes(dataDir.resolve(Document.CLIENTS.fileName()))).isEqualTo(before);

        assertThat(importer.apply(preview, true)).isEqualTo(1);
        assertThat(fixture.directory.count()).isEqualTo(2);
    }

    @Test
    void missingRequiredColumnsRefuseTheWholeFile() {
        ImportPreview preview = importer.preview("x.csv", utf8("nome;valor\nAna;30\n"));
        assertThat(preview.fileErrorKey()).isEqualTo("clients.import.error.missing-columns");
        assertThat(preview.fileErrorValue()).isEqualTo("phone");
        assertThat(preview.rows()).isEmpty();
        assertThatThrownBy(() -> importer.apply(preview, true)).isInstanceOf(ClientException.class);
        assertThat(fixture.directory.count()).isZero();
    }

    @Test
    void aWindows1252FileFromExcelIsReadWithItsAccentsAndANotice() {
        byte[] latin = "nome;telefone;valor;vencimento\nJoão Conceição;11999887766;30;10/03/2026\n"
                .getBytes(Charset.forName("windows-1252"));
        ImportPreview preview = importer.preview("x.csv", latin);
        assertThat(preview.noticeKey()).isEqualTo("clients.import.notice.windows-1252");
        assertThat(preview.rows().getFirst().client().name()).isEqualTo("João Conceição");
    }

    @Test
    void binaryEmptyMalformedAndOversizedFilesAreRefusedCleanly() {
        assertThat(importer.preview("x.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}).fileErrorKey())
                .isEqualTo("clients.import.error.not-text");
        assertThat(importer.preview("x.csv", new byte[0]).fileErrorKey()).isEqualTo("clients.import.error.empty");
        assertThat(importer.preview("x.json", utf8("{\"clients\": [")).fileErrorKey())
                .isEqualTo("clients.import.error.bad-json");
        assertThat(importer.preview("x.csv", utf8("nome;telefone\n\"Ana;11999887766\n")).fileErrorKey())
                .isEqualTo("clients.import.error.bad-csv");
        byte[] big = new byte[(int) importer.maxBytes() + 1];
        Arrays.fill(big, (byte) 'a');
        ImportPreview tooLarge = importer.preview("big.csv", big);
        assertThat(tooLarge.fileErrorKey()).isEqualTo("clients.import.error.too-large");
        assertThat(tooLarge.fileErrorValue()).isEqualTo("20");
    }

    @Test
    void aLargeValidFileIsPreviewedAndStoredInOneWrite() throws Exception {
        StringBuilder csv = new StringBuilder("nome;telefone;valor;vencimento\n");
        int rows = 20_000;
        for (int i = 0; i < rows; i++) {
            csv.append("Cliente ").append(i).append(";119").append(String.format("%08d", 10_000_000 + i))
                    .append(";29,90;10/03/2026\n");
        }
        ImportPreview preview = importer.preview("big.csv", utf8(csv.toString()));
        assertThat(preview.errorCount()).isZero();
        assertThat(preview.count(Outcome.NEW)).isEqualTo(rows);
        fixture.events.clear();
        importer.apply(preview, false);
        assertThat(fixture.directory.count()).isEqualTo(rows);
        assertThat(fixture.events).filteredOn(ClientsChanged.class::isInstance).hasSize(1);
    }

    @Test
    void theSeedAppsClientsJsonIsImported() {
        String json = """
                {"clients": [
                  {"id": "0b6f1c5e-2f0d-4a51-9d35-1f7e0c1b2a01", "name": "João", "phone": "5511999887766",
                   "plan_type": "IPTV", "value": 29.9, "plan_duration": "2025-08-02", "reminder_time_3days": "09:00",
                   "reminder_time_payment": "10:00", "custom_message_3days": "Oi {name}", "custom_message_payment": "",
                   "created_at": "2025-07-02T17:43:16.412774", "server": "UltraPlay"},
                  {"id": "x2", "name": "Sem telefone", "phone": "", "plan_type": "VPN", "value": 10,
                   "plan_duration": "2025-08-05"}
                ]}""";
        ImportPreview preview = importer.preview("clients.json", utf8(json));
        assertThat(preview.rows()).extracting(ImportRow::outcome).containsExactly(Outcome.NEW, Outcome.ERROR);
        Client joao = preview.rows().getFirst().client();
        assertThat(joao.id()).isEqualTo("0b6f1c5e-2f0d-4a51-9d35-1f7e0c1b2a01");
        assertThat(joao.value()).isEqualByComparingTo("29.9");
        assertThat(joao.reminderTimeDueDay()).isEqualTo(LocalTime.of(10, 0));
        assertThat(joao.customMessageBeforeDue()).isEqualTo("Oi {name}");
    }

    @Test
    void anExportedCsvImportsBackAsUpdatesWithNothingChanged() throws Exception {
        Client tricky = new Client("=cmd|'/C calc'!A0", "=HYPERLINK(\"x\")", "5511999887766", "Outro serviço", new BigDecimal("1234.5"),
                LocalDate.of(2026, 2, 28), LocalTime.of(8, 15), LocalTime.of(19, 45), "Oi; \"{nome}\"\nlinha 2", "",
                TODAY.atStartOfDay(), "Plano; especial", "obs", false, false, Period.ofDays(45), false);
        fixture.directory.save(tricky);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClientExport(fixture.store, fixture.access).csv(List.of(tricky), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid;nome;telefone;");
        assertThat(csv).contains("'=HYPERLINK", "1234,50", "28/02/2026", "45 dias", "não");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).as("the id column is guarded too").matches("^\"?'=cmd.*");

        ImportPreview preview = importer.preview("export.csv", out.toByteArray());
        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(Outcome.UPDATE_BY_ID);
            assertThat(row.client()).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(tricky);
        });
    }

    @Test
    void theSeedJsonExportKeepsUnknownFields() throws Exception {
        Files.writeString(dataDir.resolve("clients.json"), """
                {"clients": [{"id": "a", "name": "Ana", "phone": "5511999887766", "plan_type": "IPTV", "value": 10,
                  "plan_duration": "2026-03-01", "server": "UltraPlay"}]}""");
        fixture.directory.reload();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClientExport(fixture.store, fixture.access).seedJson(fixture.directory.all(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"server\"", "UltraPlay", "\"plan_duration\"");
    }
}
