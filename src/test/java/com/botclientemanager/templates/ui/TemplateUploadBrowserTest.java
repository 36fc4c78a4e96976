package com.botclientemanager.templates.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Importar modelos" on the Templates page: a file that is not JSON gets a clear message; the older bot's list shows
 * each template's kind and unknown placeholders, then adds them beside the existing templates, and the list flags the
 * one with an unknown placeholder by name.
 */
class TemplateUploadBrowserTest extends BrowserAppTest {

    private static final String FILE = """
            [{"id": "upload_test_3days", "name": "Teste upload 3 dias", "content": "Oi {name}, vence em 3 dias.", "type": "3days", "plan_type": "IPTV"},
             {"id": "upload_test_promo", "name": "Teste upload oferta", "content": "Oi {name}, cupom {cupom_upload}!", "type": "promo", "plan_type": "all"}]""";

    /** The shared build machine can take more than Playwright's 5 s for the first page after the login. */
    @Autowired
    TemplateService templates;

    @Test
    void theOlderBotsTemplatesArePreviewedAndImportedBesideTheExistingOnes() {
        List<MessageTemplate> before = templates.all();
        Page page = browser.newPage("pt-BR", 1280);
        try {
            Browser.login(page, baseUrl(), ADMIN, PASSWORD);
            assertThat(page.locator("vaadin-side-nav")).hasCount(1);
            page.navigate(baseUrl() + "/templates");
            page.locator("#templates-upload-open").click();

            Locator input = page.locator("#templates-upload-file input[type=file]");
            input.setInputFiles(new FilePayload("templates.json", "application/json",
                    "isto não é json".getBytes(StandardCharsets.UTF_8)));
            assertThat(page.locator("#templates-upload-summary")).hasText(
                    "O arquivo não é um JSON válido. Envie o templates.json do bot antigo.");
            assertThat(page.locator("#templates-upload-confirm")).isDisabled();

            input.setInputFiles(new FilePayload("templates.json", "application/json", FILE.getBytes(StandardCharsets.UTF_8)));
            assertThat(page.locator("#templates-upload-summary")).hasText(
                    "2 modelos no arquivo: 2 para importar, 0 já existem, 0 com erro.");
            Locator preview = page.locator("#templates-upload-preview");
            assertThat(preview).containsText("Antes do vencimento · 3 dias antes do vencimento");
            assertThat(preview).containsText("Avulsa");
            assertThat(preview).containsText("{cupom_upload}");
            page.locator("#templates-upload-confirm").click();
            assertThat(page.locator("#templates-upload-preview")).hasCount(0);

            Locator list = page.locator("#templates-list");
            assertThat(list).containsText("Teste upload 3 dias");
            assertThat(list).containsText("Teste upload oferta");
            Locator flag = list.locator(".placeholder-warning");
            assertThat(flag).hasText("⚠ {cupom_upload}");
            assertThat(flag).hasAttribute("aria-label",
                    "Este modelo tem variável que o app não conhece: {cupom_upload}. Mensagens com ela não são enviadas; corrija o texto.");
            assertThat(templates.all()).containsAll(before).hasSize(before.size() + 2);
        } finally {
            page.context().close();
            templates.delete("upload_test_3days");
            templates.delete("upload_test_promo");
        }
    }
}
