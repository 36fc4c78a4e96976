package com.botclientemanager.templates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.internal.LocalDocumentStore;
import com.botclientemanager.templates.MessageData;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.PixService;
import com.botclientemanager.templates.PixSettingsService;
import com.botclientemanager.templates.PreviewSubjects;
import com.botclientemanager.templates.PreviewSubjects.PreviewSubject;
import com.botclientemanager.templates.TemplateKind;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.templates.TemplatesProperties;
import com.botclientemanager.ui.I18nProvider;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor without a browser: preview for a client chosen through {@link PreviewSubjects}, warnings, save errors. */
@ViewPackages(packages = "com.botclientemanager.templates.internal") // no routes: the editor is opened on its own
class TemplateEditorTest extends BrowserlessTest {

    static {
        System.setProperty("vaadin.i18n.provider", I18nProvider.class.getName());
    }

    private static final MessageData JOAO = new MessageData("João Silva", "5521998765432", "VPN", "Trimestral",
            new BigDecimal("49.90"), today().plusDays(5), today(), null);

    @TempDir
    Path dataDir;
    private DataDirectory directory;
    private TemplateService templates;
    private final PreviewSubjects subjects = (text, limit) -> List.of(
                    new PreviewSubject("1", "João Silva · +55 21 99876-5432", JOAO),
                    new PreviewSubject("2", "Ana Lima", new MessageData("Ana Lima", null, null, null, null, null, null, null)))
            .stream().filter(s -> s.displayName().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
            .limit(limit).toList();

    @BeforeEach
    void services() {
        directory = new DataDirectory(new StorageProperties(dataDir, new StorageProperties.Storage(StorageProperties.Type.LOCAL)));
        DocumentStore store = new LocalDocumentStore(directory, Clock.systemUTC());
        templates = new TemplateService(store, new PixService(new PixSettingsService(store)), new TemplatesProperties("pt-BR"));
        UI.getCurrent().setLocale(I18nProvider.PT_BR);
    }

    @AfterEach
    void release() throws Exception {
        directory.close();
    }

    @Test
    void thePreviewFollowsTheChosenClientAndWarnsAboutEmptyPlaceholders() {
        MessageTemplate beforeDue = templates.all().getFirst();
        new TemplateEditor(templates, subjects, null, TemplateEditorTest::today, beforeDue, () -> { }).open();
        Div preview = find(Div.class).id("template-preview");
        assertThat(preview.getText()).startsWith("Oi, Maria Souza!");

        test(find(ComboBox.class).id("template-preview-subject")).selectItem("João Silva · +55 21 99876-5432");
        assertThat(preview.getText()).startsWith("Oi, João Silva! 👋 Passando para lembrar que seu plano Trimestral vence em")
                .contains("(daqui a 5 dias). Valor: R$ 49,90.");
        assertThat(find(Span.class).id("template-preview-missing").getText())
                .isEqualTo("Sem valor para este cliente (fica em branco): {pix}");

        test(find(ComboBox.class).id("template-preview-subject")).selectItem("Ana Lima");
        assertThat(find(Span.class).id("template-preview-missing").getText())
                .isEqualTo("Sem valor para este cliente (fica em branco): {plano}, {vencimento}, {dias}, {valor}, {pix}");
    }

    @Test
    void anUnknownPlaceholderIsShownUnderTheMessageAndNothingIsSaved() {
        new TemplateEditor(templates, null, null, TemplateEditorTest::today, null, () -> { }).open();
        assertThat(find(ComboBox.class).all()).isEmpty();
        test(find(TextField.class).id("template-name")).setValue("Avulsa");
        TextArea body = find(TextArea.class).id("template-body");
        test(body).setValue("Oi {cliente}");
        assertThat(find(Span.class).id("template-preview-missing").getText())
                .isEqualTo("Variável desconhecida (não será salva): {cliente}");
        assertThat(find(Span.class).id("template-count").getText()).isEqualTo("12 / 4.096 caracteres");

        test(find(Button.class).id("template-save")).click();
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).startsWith("Variável desconhecida: {cliente}. Use uma destas: {nome} {name},");
        assertThat(templates.all()).hasSize(5);
    }

    @Test
    void theOffsetIsOnlyAskedForRemindersAndGetsASensibleDefault() {
        new TemplateEditor(templates, null, null, TemplateEditorTest::today, null, () -> { }).open();
        assertThat(find(IntegerField.class).all()).as("no visible offset for a one-off message").isEmpty();
        @SuppressWarnings("unchecked")
        Select<TemplateKind> kind = find(Select.class).id("template-kind");
        test(kind).selectItem("Em atraso");
        IntegerField offset = find(IntegerField.class).id("template-offset");
        assertThat(offset.getValue()).isEqualTo(1);
        test(kind).selectItem("Antes do vencimento");
        assertThat(offset.getValue()).isEqualTo(-3);
    }

    /** The app's today (its clock, its zone), not the server's: a day the server's clock is not on. */
    static LocalDate today() {
        return LocalDate.of(2027, 3, 1);
    }

    @Test
    void theSampleClientIsInTheSituationTheTemplateIsWrittenFor() {
        java.time.format.DateTimeFormatter br = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        MessageTemplate overdue = templates.all().stream().filter(t -> t.kind() == TemplateKind.OVERDUE).findFirst()
                .orElseThrow();
        new TemplateEditor(templates, null, null, TemplateEditorTest::today, overdue, () -> { }).open();
        Div preview = find(Div.class).id("template-preview");
        assertThat(preview.getText()).contains("venceu em " + br.format(today().minusDays(overdue.offsetDays())));

        // five days before: the sample client is due in five days
        @SuppressWarnings("unchecked")
        Select<TemplateKind> kind = find(Select.class).id("template-kind");
        test(kind).selectItem("Antes do vencimento");
        test(find(IntegerField.class).id("template-offset")).setValue(-5);
        test(find(TextArea.class).id("template-body")).setValue("{nome}: vence em {vencimento}, daqui a {dias} dias.");
        assertThat(preview.getText()).isEqualTo("Maria Souza: vence em " + br.format(today().plusDays(5))
                + ", daqui a 5 dias.");
        test(kind).selectItem("No dia");
        assertThat(preview.getText()).isEqualTo("Maria Souza: vence em " + br.format(today()) + ", daqui a 0 dias.");
    }

    @Test
    void cancelAsksBeforeDiscardingWhatWasTypedAndClosesAtOnceWhenNothingChanged() {
        TemplateEditor editor = new TemplateEditor(templates, null, null, TemplateEditorTest::today, templates.all().getFirst(), () -> { });
        editor.open();
        test(find(Button.class).id("template-cancel")).click();
        assertThat(editor.isOpened()).isFalse();
        assertThat(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).all()).isEmpty();

        TemplateEditor changed = new TemplateEditor(templates, null, null, TemplateEditorTest::today, templates.all().getFirst(), () -> { });
        changed.open();
        test(find(TextArea.class).id("template-body")).setValue("Texto novo, ainda não salvo");
        test(find(Button.class).id("template-cancel")).click();
        assertThat(changed.isOpened()).as("kept open until the user decides").isTrue();
        var confirm = find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).id("discard-changes");
        assertThat(confirm.isOpened()).isTrue();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Descartar alterações?");
    }
}
