package com.botclientemanager.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.botclientemanager.storage.Document;
import com.botclientemanager.templates.TemplateUploadRow.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Importar modelos" with the older bot's templates.json, in each shape it wrote, on the real local store. */
class TemplateUploadTest {

    @TempDir
    Path folder;
    StoreOnTempDir files;
    TemplateService templates;
    TemplateUpload upload;

    @BeforeEach
    void start() {
        files = new StoreOnTempDir(folder);
        templates = new TemplateService(files.store(), new PixService(new PixSettingsService(files.store())), new TemplatesProperties("pt-BR"));
        upload = new TemplateUpload(files.store(), templates);
    }

    @AfterEach
    void stop() throws Exception {
        files.close();
    }

    @Test
    void aTopLevelListPreviewsEachTemplatesKindServiceAndUnknownPlaceholders() throws IOException {
        TemplateUploadPreview preview = upload.preview(fixture("templates-list.json"));

        assertThat(preview.errorKey()).isNull();
        assertThat(preview.rows()).extracting(TemplateUploadRow::name, TemplateUploadRow::outcome).containsExactly(
                tuple("Lembrete 3 dias", Outcome.NEW), tuple("Dia do pagamento", Outcome.NEW),
                tuple("VPN - Oferta", Outcome.NEW), tuple("Gaming - 3 dias", Outcome.NEW),
                tuple("Aniversário", Outcome.ERROR));
        assertThat(preview.rows().subList(0, 4)).extracting(r -> r.template().kind(), r -> r.template().offsetDays(),
                r -> r.template().service()).containsExactly(
                        tuple(TemplateKind.BEFORE_DUE, -3, ServiceFilter.ALL), tuple(TemplateKind.DUE_DAY, 0, ServiceFilter.ALL),
                        tuple(TemplateKind.MANUAL, null, ServiceFilter.VPN), tuple(TemplateKind.BEFORE_DUE, -3, ServiceFilter.OTHER));
        assertThat(preview.rows().get(2).unknown()).containsExactly("cupom");
        assertThat(preview.rows().get(4).problemKey()).isEqualTo("templates.upload.row.unknown-type");
        assertThat(preview.rows().get(4).problemValue()).isEqualTo("birthday");
    }

    @Test
    void theTemplatesObjectShapeImportsBesideTheExistingTemplatesWithoutChangingThem() throws IOException {
        List<MessageTemplate> before = templates.all();
        assertThat(before).as("the defaults of a first start").isNotEmpty();

        TemplateUploadPreview preview = upload.preview(fixture("templates.json"));
        assertThat(preview.count(Outcome.NEW)).isEqualTo(5);
        assertThat(upload.apply(preview)).isEqualTo(5);

        List<MessageTemplate> after = templates.all();
        assertThat(after).containsAll(before).hasSize(before.size() + 5);
        assertThat(templates.find("iptv_payment")).get().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TemplateKind.DUE_DAY);
            assertThat(t.service()).isEqualTo(ServiceFilter.IPTV);
            assertThat(t.active()).isTrue();
            assertThat(t.body()).startsWith("📺 {name}, seu IPTV de R$ {value} vence hoje");
        });

        TemplateUploadPreview again = upload.preview(fixture("templates.json"));
        assertThat(again.count(Outcome.EXISTS)).as("same ids: skipped").isEqualTo(5);
        assertThat(upload.apply(again)).isZero();
        assertThat(templates.all()).hasSize(after.size());
    }

    @Test
    void aDictByIdAndASameNamedTemplateAreHandled() {
        String existingName = templates.all().getFirst().name();
        String dict = """
                {"renewal_3days": {"name": "Renovação", "content": "Oi {name}, vence em 3 dias.", "type": "3days", "plan_type": "IPTV"},
                 "dup": {"name": "%s", "content": "Oi {name}", "type": "payment", "plan_type": "all"}}"""
                .formatted(existingName.toUpperCase(java.util.Locale.ROOT));

        TemplateUploadPreview preview = upload.preview(dict.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.rows()).extracting(r -> r.template().id(), TemplateUploadRow::outcome)
                .containsExactly(tuple("renewal_3days", Outcome.NEW), tuple("dup", Outcome.EXISTS));
        assertThat(upload.apply(preview)).isEqualTo(1);
        assertThat(templates.find("dup")).isEmpty();
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsImportedSwitchedOff() throws IOException {
        upload.apply(upload.preview(fixture("templates-list.json")));

        assertThat(templates.find("vpn_promo")).get().satisfies(t -> assertThat(t.active()).isFalse());
        assertThat(templates.find("default_payment")).get().satisfies(t -> assertThat(t.active()).isTrue());
        assertThat(templates.find("birthday")).isEmpty();
    }

    @Test
    void aFileThatIsNotTheOlderBotsTemplatesIsRefusedWithAClearMessage() throws IOException {
        String stored = files.store().read(Document.TEMPLATES).toString();

        assertThat(upload.preview("not json {".getBytes(StandardCharsets.UTF_8)).errorKey())
                .isEqualTo("templates.upload.error.not-json");
        assertThat(upload.preview(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}).errorKey())
                .isEqualTo("templates.upload.error.not-json");
        assertThat(upload.preview(new byte[0]).errorKey()).isEqualTo("templates.upload.error.empty");
        assertThat(upload.preview(fixtureOf("clients.json")).errorKey()).as("the clients file")
                .isEqualTo("templates.upload.error.shape");
        assertThat(upload.preview("[1, 2]".getBytes(StandardCharsets.UTF_8)).errorKey())
                .isEqualTo("templates.upload.error.shape");
        assertThat(upload.preview(new byte[TemplateUpload.MAX_BYTES + 1]).errorKey())
                .isEqualTo("templates.upload.error.too-large");
        assertThat(files.store().read(Document.TEMPLATES).toString()).as("nothing stored").isEqualTo(stored);
    }

    private static byte[] fixture(String name) throws IOException {
        return fixtureOf(name);
    }

    private static byte[] fixtureOf(String name) throws IOException {
        try (InputStream in = TemplateUploadTest.class.getResourceAsStream("/com/botclientemanager/olderbot/" + name)) {
            return in.readAllBytes();
        }
    }
}
