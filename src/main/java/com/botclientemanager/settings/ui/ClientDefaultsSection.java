package com.botclientemanager.settings.ui;

import com.botclientemanager.clients.ClientSettings;
import com.botclientemanager.clients.ClientSettingsService;
import com.botclientemanager.clients.ClientsProperties.RenewFrom;
import com.botclientemanager.ui.SectionSave;
import com.botclientemanager.validation.Phones;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/** "Clientes" section of the settings: the default country of phone numbers, the renewal rule, the reminder time. */
@SpringComponent
@UIScope
class ClientDefaultsSection extends VerticalLayout {

    private final ClientSettingsService settings;
    private final ComboBox<String> region = new ComboBox<>();
    private final RadioButtonGroup<RenewFrom> renewFrom = new RadioButtonGroup<>();
    private final TimePicker reminderTime = new TimePicker();
    private final IntegerField deactivateAfter = new IntegerField();

    ClientDefaultsSection(ClientSettingsService settings) {
        this.settings = settings;
        setPadding(false);
        addClassNames("settings-section");
        setId("client-defaults-section");
        add(new H3(getTranslation("clients.settings.title")), new Paragraph(getTranslation("clients.settings.description")));

        region.setLabel(getTranslation("clients.settings.region"));
        region.setHelperText(getTranslation("clients.settings.region.help"));
        region.setId("client-defaults-region");
        region.setItems(ClientSettingsService.regions().stream()
                .sorted(Comparator.comparing(this::regionLabel, String.CASE_INSENSITIVE_ORDER)).toList());
        region.setItemLabelGenerator(this::regionLabel);
        region.setAllowCustomValue(false);

        renewFrom.setLabel(getTranslation("clients.settings.renew-from"));
        renewFrom.setHelperText(getTranslation("clients.settings.renew-from.help"));
        renewFrom.setId("client-defaults-renew-from");
        renewFrom.setItems(RenewFrom.values());
        renewFrom.setItemLabelGenerator(r -> getTranslation(r == RenewFrom.TODAY
                ? "clients.settings.renew-from.today" : "clients.settings.renew-from.due-date"));

        reminderTime.setLabel(getTranslation("clients.settings.reminder-time"));
        reminderTime.setHelperText(getTranslation("clients.settings.reminder-time.help"));
        reminderTime.setId("client-defaults-reminder-time");
        reminderTime.setStep(Duration.ofMinutes(15));
        reminderTime.setLocale(getLocale());

        deactivateAfter.setLabel(getTranslation("clients.settings.deactivate-after"));
        deactivateAfter.setHelperText(getTranslation("clients.settings.deactivate-after.help"));
        deactivateAfter.setId("client-defaults-deactivate-after");
        deactivateAfter.setMin(1);
        deactivateAfter.setMax(ClientSettings.MAX_DEACTIVATE_AFTER_DAYS);
        deactivateAfter.setStepButtonsVisible(true);
        deactivateAfter.setClearButtonVisible(true);

        SectionSave.Loaded<ClientSettings> loaded = SectionSave.load(settings::saved, settings::configured);
        ClientSettings saved = loaded.value();
        if (!loaded.damaged()) {
            show(saved); // while settings.json is damaged the fields stay empty: the defaults are not what was saved
        }
        Button save = new Button(getTranslation("clients.settings.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("client-defaults-save");
        FormLayout form = new FormLayout(region, reminderTime, renewFrom, deactivateAfter);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(renewFrom, 2);
        add(form, save);
        if (loaded.damaged()) {
            SectionSave.showDamaged(this);
        }
    }

    private String regionLabel(String code) {
        String country = Locale.of("", code).getDisplayCountry(getLocale());
        return country + " (+" + Phones.countryCode(code) + ")";
    }

    private void show(ClientSettings defaults) {
        region.setValue(defaults.phoneRegion());
        renewFrom.setValue(defaults.renewFrom());
        reminderTime.setValue(defaults.reminderTime());
        deactivateAfter.setValue(defaults.deactivateAfterDays());
    }

    private void save() {
        SectionSave.run(this, Map.<String, HasValidation>of("renewFrom", renewFrom, "reminderTime", reminderTime,
                "deactivateAfterDays", deactivateAfter), region,
                () -> show(settings.save(new ClientSettings(region.getValue(), renewFrom.getValue(),
                        reminderTime.getValue(), deactivateAfter.getValue()))), "clients.settings.saved");
    }
}
