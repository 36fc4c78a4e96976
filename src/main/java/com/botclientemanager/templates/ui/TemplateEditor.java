package com.botclientemanager.templates.ui;

import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.Placeholder;
import com.botclientemanager.templates.PreviewSubjects;
import com.botclientemanager.templates.ServiceFilter;
import com.botclientemanager.templates.TemplateKind;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.templates.PreviewSender;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.botclientemanager.ui.UnsavedChanges;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Creates or edits one template: its fields, buttons that insert a placeholder at the cursor, a character count against
 * WhatsApp's limit and a {@link MessagePreview}. Fits a 390 px wide phone.
 */
class TemplateEditor extends Dialog {

    /** Inserts the text at the textarea's cursor (replacing a selection), as typing would, and returns the new value. */
    private static final String INSERT_AT_CURSOR = """
            const input = this.inputElement;
            const start = input.selectionStart ?? input.value.length;
            const end = input.selectionEnd ?? start;
            input.setRangeText($0, start, end, 'end');
            this.value = input.value;
            input.focus();
            return input.value;""";

    private final TemplateService templates;
    private final MessageTemplate original;
    private final Runnable onChange;
    private final TextField name = new TextField();
    private final Select<TemplateKind> kind = new Select<>();
    private final Select<ServiceFilter> service = new Select<>();
    private final IntegerField offset = new IntegerField();
    private final Checkbox active = new Checkbox();
    private final TextArea body = new TextArea();
    private final Span count = new Span();
    private final MessagePreview preview;
    private List<Object> filled = List.of();

    TemplateEditor(TemplateService templates, PreviewSubjects subjects, PreviewSender tests, Supplier<LocalDate> today,
            MessageTemplate template, Runnable onChange) {
        this.templates = templates;
        this.original = template;
        this.onChange = onChange;
        this.preview = new MessagePreview(templates, subjects, tests, today);
        setHeaderTitle(getTranslation(template == null ? "templates.editor.new" : "templates.editor.edit"));
        setWidth("100%");
        setMaxWidth("1000px");
        setCloseOnOutsideClick(false);
        setId("template-editor");

        FlexLayout columns = new FlexLayout(form(), preview);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.getStyle().set("gap", "var(--lumo-space-l)");
        add(columns);
        footer();
        fill(template);
        body.addValueChangeListener(e -> updatePreview());
        updatePreview();
    }

    private Component form() {
        name.setLabel(getTranslation("templates.field.name"));
        name.setWidthFull();
        name.setId("template-name");

        kind.setLabel(getTranslation("templates.field.kind"));
        kind.setItems(TemplateKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setWidth("16em");
        kind.setId("template-kind");
        kind.addValueChangeListener(e -> kindChanged(e.getValue()));

        service.setLabel(getTranslation("templates.field.service"));
        service.setItems(ServiceFilter.values());
        service.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        service.setWidth("12em");
        service.setId("template-service");

        offset.setLabel(getTranslation("templates.field.offset"));
        offset.setHelperText(getTranslation("templates.field.offset.help"));
        offset.setStepButtonsVisible(true);
        offset.setWidth("16em");
        offset.setId("template-offset");
        offset.addValueChangeListener(e -> preview.sampleFor(kind.getValue(), e.getValue()));

        active.setLabel(getTranslation("templates.field.active"));
        active.setId("template-active");

        body.setLabel(getTranslation("templates.field.body"));
        body.setWidthFull();
        body.setMinHeight("12em");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeTimeout(250);
        body.setId("template-body");
        count.setId("template-count");
        count.addClassNames(LumoUtility.FontSize.SMALL);

        FlexLayout choices = new FlexLayout(kind, service, offset);
        choices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choices.getStyle().set("gap", "0 var(--lumo-space-m)");
        VerticalLayout form = new VerticalLayout(name, choices, active, placeholderButtons(), body, count);
        form.setPadding(false);
        form.setSpacing(false);
        form.getStyle().set("flex", "1 1 320px").set("min-width", "0");
        return form;
    }

    private Component placeholderButtons() {
        Span label = new Span(getTranslation("templates.placeholders"));
        label.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        FlexLayout buttons = new FlexLayout(label);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);
        buttons.getStyle().set("gap", "var(--lumo-space-xs)").set("margin-top", "var(--lumo-space-s)");
        for (Placeholder placeholder : templates.placeholders()) {
            String token = "{" + placeholder.nameFor(getLocale()) + "}";
            Button insert = new Button(token, e -> insert(token));
            insert.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            insert.setId("insert-" + placeholder.english());
            buttons.add(insert);
        }
        Span accessHint = new Span(getTranslation("templates.placeholders.access-hint"));
        accessHint.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        accessHint.setId("placeholders-access-hint");
        accessHint.setWidthFull();
        buttons.add(accessHint);
        return buttons;
    }

    private void footer() {
        Button save = new Button(getTranslation("templates.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("template-save");
        Runnable cancelAsking = UnsavedChanges.guard(this, () -> !fields().equals(filled));
        Button cancel = new Button(getTranslation("templates.cancel"), e -> cancelAsking.run());
        cancel.setId("template-cancel");
        if (original != null) {
            Button delete = new Button(getTranslation("templates.delete"), e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("template-delete");
            delete.getStyle().set("margin-inline-end", "auto");
            getFooter().add(delete);
        }
        getFooter().add(cancel, save);
    }

    private void fill(MessageTemplate template) {
        name.setValue(template == null || template.name() == null ? "" : template.name());
        kind.setValue(template == null ? TemplateKind.MANUAL : template.kind());
        service.setValue(template == null || template.service() == null ? ServiceFilter.ALL : template.service());
        offset.setValue(template == null ? null : template.offsetDays());
        active.setValue(template == null || template.active());
        body.setValue(template == null || template.body() == null ? "" : template.body());
        kindChanged(kind.getValue());
        filled = fields();
    }

    /** What the form holds now, to tell whether anything was changed since it was filled. */
    private List<Object> fields() {
        return java.util.Arrays.asList(name.getValue(), kind.getValue(), service.getValue(),
                offset.isVisible() ? offset.getValue() : null, active.getValue(), body.getValue());
    }

    private void kindChanged(TemplateKind selected) {
        boolean reminder = selected != null && selected.isReminder();
        offset.setVisible(reminder);
        if (reminder && (offset.getValue() == null || !selected.acceptsOffset(offset.getValue()))) {
            offset.setValue(switch (selected) {
                case BEFORE_DUE -> -3;
                case OVERDUE -> 1;
                default -> 0;
            });
        }
        preview.sampleFor(selected, reminder ? offset.getValue() : null);
    }

    private void insert(String token) {
        body.getElement().executeJs(INSERT_AT_CURSOR, token).then(String.class, value -> {
            body.setValue(value);
            updatePreview();
        });
    }

    private void updatePreview() {
        String text = body.getValue();
        count.setText(getTranslation("templates.count", text.length(), TemplateService.MAX_BODY));
        boolean tooLong = text.length() > TemplateService.MAX_BODY;
        count.getStyle().set("color", tooLong ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)");

        preview.show(text);
    }

    private void save() {
        List.<HasValidation>of(name, kind, offset, body).forEach(field -> field.setInvalid(false));
        TemplateKind selectedKind = kind.getValue();
        MessageTemplate edited = new MessageTemplate(original == null ? null : original.id(), name.getValue(),
                selectedKind, service.getValue(), selectedKind != null && selectedKind.isReminder() ? offset.getValue() : null,
                active.getValue(), body.getValue(), original == null ? null : original.cloud());
        try {
            templates.save(edited);
        } catch (InvalidInputException e) {
            HasValidation field = switch (e.field()) {
                case "name" -> name;
                case "kind" -> kind;
                case "offsetDays" -> offset;
                default -> body;
            };
            field.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            field.setInvalid(true);
            return;
        }
        Notices.success(getTranslation("templates.saved"));
        close();
        onChange.run();
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("templates.delete.title"));
        confirm.setText(getTranslation("templates.delete.text", original.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("templates.cancel"));
        confirm.setConfirmText(getTranslation("templates.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("template-delete-confirm");
        confirm.addConfirmListener(e -> {
            templates.delete(original.id());
            Notices.success(getTranslation("templates.deleted"));
            close();
            onChange.run();
        });
        confirm.open();
    }
}
