package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.access.AccessData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The optional access columns of the CSV export and import: masked unless asked for, never lost to a mask. */
@ExtendWith(OutputCaptureExtension.class)
class ClientAccessColumnsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final String PASSWORD = "Xq7-senha-forte";
    private static final String USER = "joao.tv42";

    @TempDir
    Path dataDir;
    private ClientsFixture fixture;
    private Client joao;

    @BeforeEach
    void setUp() {
        fixture = new ClientsFixture(dataDir, TODAY);
        joao = fixture.directory.save(ClientsFixture.client("João", "5511987654321", "35.00", TODAY.plusDays(10)));
        fixture.access.save(joao.id(), new AccessData(USER, PASSWORD, 2, "00:1A:2B:3C:4D:5E", "XCIPTV", false));
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
    }

    @Test
    void theExportMasksUserAndPasswordUnlessTheyAreAskedFor(CapturedOutput output) throws Exception {
        String masked = csv(false);
        assertThat(masked).doesNotContain(PASSWORD).doesNotContain(USER)
                .contains(";usuario;senha;telas;mac;observacoes_acesso").contains("••••;••••;2;00:1A:2B:3C:4D:5E;XCIPTV");

        assertThat(csv(true)).contains(USER + ";" + PASSWORD + ";2;");
        assertThat(output.getAll()).doesNotContain(PASSWORD).doesNotContain(USER);
    }

    @Test
    void aMaskedExportImportedBackKeepsTheStoredPassword() throws Exception {
        ImportPreview preview = fixture.importer().preview("clientes.csv", csv(false).getBytes(StandardCharsets.UTF_8));
        assertThat(preview.errorCount()).isZero();
        fixture.importer().apply(preview, false);

        assertThat(fixture.access.reveal(joao.id())).isEqualTo(
                new AccessData(USER, PASSWORD, 2, "00:1A:2B:3C:4D:5E", "XCIPTV", false));
    }

    @Test
    void importedAccessColumnsAreStoredEncrypted(CapturedOutput output) throws Exception {
        String file = "nome;telefone;valor;vencimento;Usuário;Senha;Telas;MAC;Observações de acesso\r\n"
                + "Ana;11 98888-7777;30,00;10/12/2026;ana.box;Sup3r-Codigo;1;AA:BB:CC:DD:EE:FF;app IBO\r\n";
        ImportPreview preview = fixture.importer().preview("novos.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.valid()).isTrue());
        fixture.importer().apply(preview, false);

        Client ana = fixture.directory.search("Ana").getFirst();
        assertThat(fixture.access.reveal(ana.id()))
                .isEqualTo(new AccessData("ana.box", "Sup3r-Codigo", 1, "AA:BB:CC:DD:EE:FF", "app IBO", false));
        assertThat(Files.readString(dataDir.resolve("access.json"))).doesNotContain("Sup3r-Codigo").doesNotContain("ana.box");
        assertThat(output.getAll()).doesNotContain("Sup3r-Codigo");
    }

    @Test
    void aBadAccessCellIsARowErrorThatDoesNotShowThePassword() {
        String file = "nome;telefone;valor;vencimento;senha;telas\r\n"
                + "Ana;11 98888-7777;30,00;10/12/2026;\"linha1\nlinha2\";1\r\n"
                + "Bia;11 97777-6666;30,00;10/12/2026;ok;muitas\r\n";
        ImportPreview preview = fixture.importer().preview("novos.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.rows()).allSatisfy(row -> assertThat(row.valid()).isFalse());
        assertThat(preview.rows().get(0).errorKey()).isEqualTo("access.validation.password");
        assertThat(preview.rows().get(0).problems()).noneSatisfy(p -> assertThat(p.value()).contains("linha1"));
        assertThat(preview.rows().get(1).errorKey()).isEqualTo("clients.import.row.bad-screens");
    }

    private String csv(boolean withSecrets) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClientExport(fixture.store, fixture.access).csv(List.of(joao), out, withSecrets);
        return out.toString(StandardCharsets.UTF_8);
    }
}
