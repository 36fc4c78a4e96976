package com.botclientemanager.templates.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.testing.Browser;
import com.botclientemanager.testing.BrowserAppTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

/** The templates page in a real headless Chromium: defaults, insert at the cursor, live preview, save, delete, phone width. */
class TemplatesBrowserTest extends BrowserAppTest {

    @Test
    void theDefaultTemplatesAreListedByKind() {
        Page page = templatesPage(1280);
        assertThat(page.locator("#group-before_due")).containsText("Antes do vencimento");
        assertThat(page.locator("#group-before_due")).containsText("3 dias antes do vencimento");
        assertThat(page.locator("#group-due_day")).containsText("No dia");
        assertThat(page.locator("#group-overdue")).containsText("Em atraso");
        assertThat(page.locator("#group-confirmation")).containsText("Confirmação de pagamento");
        assertThat(page.locator("#group-welcome")).containsText("Boas-vindas");

        page.locator("vaadin-select#templates-filter").click();
        page.locator("vaadin-select-item:has-text('Boas-vindas')").click();
        assertThat(page.locator("#group-welcome")).isVisible();
        assertThat(page.locator("#group-before_due")).hasCount(0);
        page.context().close();
    }

    @Test
    void aPlaceholderIsInsertedAtTheCursorAndThePreviewFollows() {
        Page page = templatesPage(1280);
        page.locator("#templates-new").click();
        page.locator("vaadin-text-field#template-name input").fill("Teste do cursor");
        Locator body = page.locator("vaadin-text-area#template-body textarea");
        body.fill("Oi , seu plano vence em .");
        body.evaluate("el => el.setSelectionRange(3, 3)");
        page.locator("#insert-name").click();
        assertThat(body).hasValue("Oi {nome}, seu plano vence em .");

        body.evaluate("el => el.setSelectionRange(el.value.length - 1, el.value.length - 1)");
        page.locator("#insert-expires_at").click();
        assertThat(body).hasValue("Oi {nome}, seu plano vence em {vencimento}.");

        assertThat(page.locator("#template-preview")).containsText("Oi Maria Souza, seu plano vence em ");
        assertThat(page.locator("#template-preview")).not().containsText("{vencimento}");
        assertThat(page.locator("#template-count")).hasText("43 / 4.096 caracteres");

        body.fill("Oi {cliente} 👋\n*negrito* {\"json\": 1}");
        assertThat(page.locator("#template-preview-missing")).containsText("Variável desconhecida (não será salva): {cliente}");
        page.locator("#template-save").click();
        assertThat(page.locator("vaadin-text-area#template-body")).containsText("Use uma destas");

        body.fill("Oi {nome} 👋\n*negrito* {\"json\": 1}");
        assertThat(page.locator("#template-preview")).hasText("Oi Maria Souza 👋\n*negrito* {\"json\": 1}");
        page.locator("#template-save").click();
        assertThat(page.locator("#group-manual")).containsText("Teste do cursor");
        page.context().close();
    }

    @Test
    void theEditorFitsAPhoneAndDeletingAsksFirst() {
        Page page = templatesPage(1280);
        page.locator("#templates-new").click();
        page.locator("vaadin-text-field#template-name input").fill("Para excluir");
        page.locator("vaadin-text-area#template-body textarea").fill("Tchau {nome}");
        page.locator("#template-save").click();
        assertThat(page.locator("#group-manual")).containsText("Para excluir");
        page.context().close();

        Page phone = templatesPage(390);
        phone.locator("#group-manual vaadin-button:has-text('Para excluir')").click();
        Locator save = phone.locator("#template-save");
        assertThat(save).isVisible();
        for (String id : new String[] {"#template-body", "#template-preview", "#insert-pix"}) {
            phone.locator(id).scrollIntoViewIfNeeded();
            BoundingBox box = phone.locator(id).boundingBox();
            assertThat(box.x).as(id).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as(id).isLessThanOrEqualTo(390);
        }
        phone.locator("#template-delete").click();
        phone.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button'], #template-delete-confirm vaadin-button[slot='confirm-button']")
                .first().click();
        assertThat(phone.locator("#templates-list")).not().containsText("Para excluir");
        phone.context().close();
    }

    private Page templatesPage(int width) {
        Page page = browser.newPage("pt-BR", width);
        Browser.login(page, baseUrl(), ADMIN, PASSWORD);
        assertThat(page.locator("h2.page-title")).hasText("Painel");
        page.navigate(baseUrl() + "/templates");
        assertThat(page.locator("h2.page-title")).hasText("Modelos de mensagem");
        return page;
    }
}
