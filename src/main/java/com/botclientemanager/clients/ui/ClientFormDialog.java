package com.botclientemanager.clients.ui;

import com.botclientemanager.access.AccessService;
import com.botclientemanager.access.ui.AccessSection;
import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientForm;
import com.botclientemanager.clients.ManualSends;
import com.botclientemanager.clients.FormMessagePreview;
import com.botclientemanager.clients.ClientService;
import com.botclientemanager.clients.PhoneNumbers;
import com.botclientemanager.clients.RenewalPeriod;
import com.botclientemanager.clients.ServiceType;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.botclientemanager.ui.UnsavedChanges;
import com.botclientemanager.validation.UserFacingException;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.botclientemanager.plans.Plan;
import com.botclientemanager.plans.PlanCatalogue;
import com.botclientemanager.validation.Money;
import java.util.List;
import java.time.Duration;
import java.util.function.Consumer;

/** Create or edit a client, with every rule checked under its field in the user's language (full screen on a phone). */
class ClientFormDialog extends Dialog {

    private final ClientService clients;
    private final PhoneNumbers phones;
    private final Client existing;
    private final Consumer<Client> onSaved;
    private final Binder<ClientForm> binder = new Binder<>(ClientForm.class);
    private final ClientForm form;
    private final TextField phone = new TextField();
    private final ManualSends messages;
    private final TextArea messageBeforeDue = new TextArea();
    private final TextArea messageDueDay = new TextArea();
    private final MessageBubble previewBeforeDue = new MessageBubble("client-message-before-due-preview");
    private final MessageBubble previewDueDay = new MessageBubble("client-message-due-day-preview");
    private final AccessSection accessSection;
    private final PlanCatalogue catalogue;

    ClientFormDialog(ClientService clients, PlanCatalogue catalogue, PhoneNumbers phones, ManualSends messages,
            AccessService access, Client existing, boolean phoneWidth, Consumer<Client> onSaved) {
        this.accessSection = new AccessSection(access, existing == null ? null : existing.id());
        this.catalogue = catalogue;
        this.clients = clients;
        this.phones = phones;
        this.messages = messages;
        this.existing = existing;
        this.onSaved = onSaved;
        this.form = existing == null ? clients.newForm() : clients.formOf(existing);
        addClassName("client-form-dialog");
        setHeaderTitle(getTranslation(existing == null ? "clients.form.title.new" : "clients.form.title.edit"));
        if (phoneWidth) {
            addClassName("full-screen");
            setWidth("100vw");
            setHeight("100vh");
        } else {
            setWidth("760px");
        }
        setCloseOnOutsideClick(false);
        add(fields(phoneWidth));
        binder.readBean(form);
        binder.addValueChangeListener(e -> updatePreviews());
        updatePreviews();

        Runnable cancelAsking = UnsavedChanges.guard(this, binder::hasChanges);
        Button cancel = new Button(getTranslation("clients.action.cancel"), e -> cancelAsking.run());
        cancel.setId("client-cancel");
        Button save = new Button(getTranslation("clients.action.save"));
        save.addClickListener(e -> save(save));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("client-save");
        save.setDisableOnClick(true);
        getFooter().add(cancel, save);
    }

    private Component fields(boolean phoneWidth) {
        TextField name = new TextField(getTranslation("clients.form.name"));
        name.setId("client-name");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        name.setAutofocus(true);
        bind(name, "name");

        phone.setLabel(getTranslation("clients.form.phone"));
        phone.setId("client-phone");
        phone.setPlaceholder(getTranslation("clients.form.phone.placeholder"));
        phone.setHelperText(phoneHelper());
        phone.setRequiredIndicatorVisible(true);
        phone.setValueChangeMode(ValueChangeMode.ON_BLUR);
        binder.forField(phone).withConverter(new PhoneConverter())
                .withValidator(validator("phone")).bind("phone");
        phone.addValueChangeListener(e -> warnOnDuplicatePhone());

        Select<ServiceType> service = new Select<>();
        service.setLabel(getTranslation("clients.form.service"));
        service.setId("client-service");
        service.setItems(ServiceType.values());
        service.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        bind(service, "service");
        TextField otherService = new TextField(getTranslation("clients.form.service-other"));
        otherService.setId("client-service-other");
        bind(otherService, "otherService");
        otherService.setVisible(form.getService() == ServiceType.OTHER);
        service.addValueChangeListener(e -> otherService.setVisible(e.getValue() == ServiceType.OTHER));

        TextField plan = new TextField(getTranslation("clients.form.plan"));
        plan.setId("client-plan");
        plan.setPlaceholder(getTranslation("clients.form.plan.placeholder"));
        bind(plan, "planName");
        Select<Plan> cataloguePlan = cataloguePlan();

        TextField server = new TextField(getTranslation("clients.form.server"));
        server.setId("client-server");
        server.setPlaceholder(getTranslation("clients.form.server.placeholder"));
        server.setMaxLength(200);
        bind(server, "server");

        PriceField value = new PriceField(getTranslation("clients.form.value"));
        value.setId("client-value");
        value.setRequiredIndicatorVisible(true);
        binder.forField(value).withConverter(value.converter()).withValidator(validator("value")).bind("value");

        DatePicker dueDate = new DatePicker(getTranslation("clients.form.due-date"));
        dueDate.setId("client-due-date");
        DateInputs.setUp(dueDate, getLocale(), this::getTranslation);
        dueDate.setRequiredIndicatorVisible(true);
        // On a phone the calendar would cover the whole form while typing: it opens from its icon instead.
        dueDate.setAutoOpen(!phoneWidth);
        // an unreadable date ("31/02/2026") is reported as such, before the bean's "Informe a data"
        binder.forField(dueDate).withValidator(dueDate.getDefaultValidator()).withValidator(validator("dueDate"))
                .bind("dueDate");

        Select<RenewalPeriod> renewal = new Select<>();
        renewal.setLabel(getTranslation("clients.form.renewal"));
        renewal.setId("client-renewal");
        renewal.setItems(RenewalPeriod.values());
        renewal.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        bind(renewal, "renewal");
        IntegerField renewalDays = new IntegerField(getTranslation("clients.form.renewal-days"));
        renewalDays.setId("client-renewal-days");
        renewalDays.setMin(1);
        renewalDays.setMax(3650);
        renewalDays.setStepButtonsVisible(true);
        bind(renewalDays, "renewalDays");
        renewalDays.setVisible(form.getRenewal() == RenewalPeriod.DAYS);
        renewal.addValueChangeListener(e -> renewalDays.setVisible(e.getValue() == RenewalPeriod.DAYS));

        Checkbox reminders = new Checkbox(getTranslation("clients.form.reminders"));
        reminders.setId("client-reminders");
        binder.forField(reminders).bind("remindersEnabled");
        TimePicker beforeDue = timePicker("clients.form.time-before-due", "client-time-before-due");
        bind(beforeDue, "reminderTimeBeforeDue");
        TimePicker dueDay = timePicker("clients.form.time-due-day", "client-time-due-day");
        bind(dueDay, "reminderTimeDueDay");
        Checkbox active = new Checkbox(getTranslation("clients.form.active"));
        active.setId("client-active");
        binder.forField(active).bind("active");

        messageBeforeDue.setLabel(getTranslation("clients.form.message-before-due"));
        messageBeforeDue.setId("client-message-before-due");
        bind(messageBeforeDue, "customMessageBeforeDue");
        messageDueDay.setLabel(getTranslation("clients.form.message-due-day"));
        messageDueDay.setId("client-message-due-day");
        bind(messageDueDay, "customMessageDueDay");
        for (TextArea message : new TextArea[] {messageBeforeDue, messageDueDay}) {
            // the preview follows the typing, a moment after each pause
            message.setValueChangeMode(ValueChangeMode.LAZY);
            message.setValueChangeTimeout(300);
        }
        Span placeholders = new Span(getTranslation("clients.form.messages.helper"));
        placeholders.addClassNames("form-hint");
        VerticalLayout messages = new VerticalLayout(placeholders, messageBeforeDue, previewBeforeDue, messageDueDay,
                previewDueDay);
        messages.setPadding(false);
        messageBeforeDue.setWidthFull();
        messageDueDay.setWidthFull();
        Details custom = new Details(getTranslation("clients.form.messages"), messages);
        custom.setId("client-messages-section");
        custom.setOpened(false);
        custom.setWidthFull();

        TextArea notes = new TextArea(getTranslation("clients.form.notes"));
        notes.setId("client-notes");
        notes.setWidthFull();
        bind(notes, "notes");

        // the older bot's server last: the fields above keep their places
        cataloguePlan.addValueChangeListener(e -> {
            Plan picked = e.getValue();
            if (e.isFromClient() && picked != null) {
                // the plan's values fill the form; the person may still type a price or period of the client's own
                plan.setValue(picked.name());
                service.setValue(ServiceType.valueOf(picked.service().name()));
                value.setPrice(picked.price());
                renewal.setValue(RenewalPeriod.of(picked.duration()));
                if (RenewalPeriod.of(picked.duration()) == RenewalPeriod.DAYS) {
                    renewalDays.setValue(picked.duration().getDays());
                }
            }
        });
        FormLayout layout = new FormLayout(name, phone, service, otherService, cataloguePlan, plan, value, dueDate,
                renewal, renewalDays, reminders, active, beforeDue, dueDay, server);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        layout.setColspan(name, 2);
        VerticalLayout content = new VerticalLayout(layout, custom, accessSection, notes);
        optOutNotice(reminders).ifPresent(notice -> content.addComponentAsFirst(notice));
        content.setPadding(false);
        return content;
    }

    /** "Pediu para sair" with the day and the word; switching reminders back on (and saving) clears it. */
    private java.util.Optional<Component> optOutNotice(Checkbox reminders) {
        if (existing == null) {
            return java.util.Optional.empty();
        }
        return clients.optOut(existing.id()).map(mark -> {
            Span badge = new Span(
                    getTranslation("clients.opted-out.badge"));
            badge.addClassNames("status-badge", "status-overdue");
            String day = Formats.date(mark.day(), getLocale());
            Span text = new Span(mark.keyword() == null
                    ? getTranslation("clients.opted-out.since", day)
                    : getTranslation("clients.opted-out.since-keyword", day, mark.keyword()));
            com.vaadin.flow.component.html.Div notice = new com.vaadin.flow.component.html.Div(badge, text);
            notice.setId("client-opted-out");
            notice.addClassNames("client-opted-out");
            reminders.setHelperText(getTranslation("clients.opted-out.reminders-hint"));
            return notice;
        });
    }

    private String phoneHelper() {
        return getTranslation("clients.form.phone.helper-code", phones.defaultCountryCode());
    }

    /** Renders the client's own messages for what the form holds now, valid or not yet. */
    private void updatePreviews() {
        ClientForm draft = clients.newForm();
        binder.writeBeanAsDraft(draft, true);
        show(previewBeforeDue, messages.preview(messageBeforeDue.getValue(), draft));
        show(previewDueDay, messages.preview(messageDueDay.getValue(), draft));
    }

    private static void show(MessageBubble bubble, FormMessagePreview preview) {
        bubble.show(preview.text(), preview.unknown(), preview.missing());
    }

    private TimePicker timePicker(String labelKey, String id) {
        TimePicker picker = new TimePicker(getTranslation(labelKey));
        picker.setId(id);
        picker.setStep(Duration.ofMinutes(15));
        picker.setLocale(Formats.locale(getLocale()));
        return picker;
    }

    private <V> void bind(HasValue<?, V> field, String property) {
        binder.forField(field).withValidator(validator(property)).bind(property);
    }

    private TranslatedBeanValidator validator(String property) {
        return new TranslatedBeanValidator(ClientForm.class, property, (key, locale) -> getTranslation(key));
    }

    /** The catalogue plans to pick from (none: the client keeps its own plan name, price and period). */
    private Select<Plan> cataloguePlan() {
        Select<Plan> select = new Select<>();
        select.setLabel(getTranslation("clients.form.catalogue-plan"));
        select.setId("client-catalogue-plan");
        List<Plan> choices = catalogue.choices(form.getPlanId());
        select.setItems(choices);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("clients.form.catalogue-plan.none"));
        select.setItemLabelGenerator(p -> p == null ? getTranslation("clients.form.catalogue-plan.none")
                : p.name() + " · " + Money.format(p.price(), getLocale()));
        select.setVisible(!choices.isEmpty());
        binder.forField(select).withConverter(p -> p == null ? "" : p.id(),
                id -> choices.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null)).bind("planId");
        return select;
    }

    private void warnOnDuplicatePhone() {
        String digits = phones.normalise(phone.getValue()).orElse(null);
        String other = digits == null ? null
                : clients.samePhone(digits, existing == null ? null : existing.id()).map(Client::name).orElse(null);
        if (other != null) {
            phone.setHelperText(getTranslation("clients.form.phone.duplicate", other));
            phone.addClassName("field-warning");
        } else {
            phone.setHelperText(phoneHelper());
            phone.removeClassName("field-warning");
        }
    }

    private void save(Button save) {
        if (!binder.writeBeanIfValid(form) | !accessSection.isValid()) {
            binder.validate();
            save.setEnabled(true);
            return;
        }
        try {
            Client saved = existing == null ? clients.create(form) : clients.update(existing.id(), form);
            saveAccess(saved);
            close();
            Notices.success(getTranslation("clients.form.saved", saved.name()));
            onSaved.accept(saved);
        } catch (UserFacingException e) {
            save.setEnabled(true); // the person corrects the form and saves again
            throw e;
        }
    }

    /** The client is saved already: access data that cannot be stored is said, and the client stays saved. */
    private void saveAccess(Client saved) {
        try {
            accessSection.save(saved.id());
        } catch (UserFacingException e) {
            Notices.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    /** Typed phone number to stored digits with the country code, and back to a readable form. */
    private final class PhoneConverter implements Converter<String, String> {

        @Override
        public Result<String> convertToModel(String typed, com.vaadin.flow.data.binder.ValueContext context) {
            if (typed == null || typed.isBlank()) {
                return Result.ok("");
            }
            return phones.normalise(typed).map(Result::ok)
                    .orElseGet(() -> Result.error(getTranslation("clients.validation.phone.invalid")));
        }

        @Override
        public String convertToPresentation(String digits, com.vaadin.flow.data.binder.ValueContext context) {
            return digits == null || digits.isBlank() ? "" : phones.format(digits);
        }
    }

}
