package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.ui.SectionSave;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.SendingSettings;
import com.botclientemanager.whatsapp.SendingSettingsService;
import com.botclientemanager.whatsapp.WhatsAppProperties;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** "Horário de envio" on the WhatsApp page: the sending hours, days, messages per minute and the daily limit. */
@SpringComponent
@UIScope
class SendingSection extends VerticalLayout {

    private final SendingSettingsService sending;
    private final TimePicker windowStart = new TimePicker();
    private final TimePicker windowEnd = new TimePicker();
    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    private final IntegerField ratePerMinute = new IntegerField();
    private final IntegerField dailyCap = new IntegerField();

    SendingSection(SendingSettingsService sending, MessageLog log) {
        this.sending = sending;
        setPadding(false);
        addClassNames("settings-section");
        setId("sending-section");
        add(new H3(getTranslation("sending.title")), new Paragraph(getTranslation("sending.description")),
                new Paragraph(getTranslation("whatsapp.sending.warning")));

        windowStart.setLabel(getTranslation("sending.window-start"));
        windowStart.setHelperText(getTranslation("sending.window.help", log.zone().getId()));
        windowStart.setStep(Duration.ofMinutes(30));
        windowStart.setId("sending-window-start");
        windowEnd.setLabel(getTranslation("sending.window-end"));
        windowEnd.setStep(Duration.ofMinutes(30));
        windowEnd.setId("sending-window-end");
        days.setLabel(getTranslation("sending.days"));
        days.setHelperText(getTranslation("sending.days.help"));
        days.setItems(weekInLocaleOrder());
        days.setItemLabelGenerator(this::dayName);
        days.setId("sending-days");
        ratePerMinute.setLabel(getTranslation("sending.rate"));
        ratePerMinute.setHelperText(getTranslation("sending.rate.help"));
        ratePerMinute.setMin(1);
        ratePerMinute.setMax(WhatsAppProperties.MAX_RATE_PER_MINUTE);
        ratePerMinute.setStepButtonsVisible(true);
        ratePerMinute.setId("sending-rate");
        dailyCap.setLabel(getTranslation("sending.cap"));
        dailyCap.setHelperText(getTranslation("sending.cap.help"));
        dailyCap.setMin(0);
        dailyCap.setMax(WhatsAppProperties.MAX_DAILY_CAP);
        dailyCap.setId("sending-cap");
        SectionSave.Loaded<SendingSettings> loaded = SectionSave.load(sending::current, sending::defaults);
        SendingSettings saved = loaded.value();
        if (!loaded.damaged()) {
            show(saved); // while settings.json is damaged the fields stay empty: the defaults are not what was saved
        }

        Button save = new Button(getTranslation("sending.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("sending-save");
        FormLayout form = new FormLayout(windowStart, windowEnd, days, ratePerMinute, dailyCap);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(days, 2);
        add(form, save);
        if (loaded.damaged()) {
            SectionSave.showDamaged(this);
        }
    }

    private void show(SendingSettings settings) {
        windowStart.setValue(settings.windowStart());
        windowEnd.setValue(settings.windowEnd());
        days.setValue(settings.days());
        ratePerMinute.setValue(settings.ratePerMinute());
        dailyCap.setValue(settings.dailyCap());
    }

    private void save() {
        SectionSave.run(this, Map.<String, HasValidation>of("windowStart", windowStart, "windowEnd", windowEnd, "days", days,
                "ratePerMinute", ratePerMinute), dailyCap,
                () -> show(sending.save(new SendingSettings(windowStart.getValue(), windowEnd.getValue(), days.getValue(),
                        valueOr(ratePerMinute, -1), valueOr(dailyCap, -1)))), "sending.saved");
    }

    /** A number the person left empty or unreadable is passed on as invalid, so the service explains the range. */
    private static int valueOr(IntegerField field, int invalid) {
        return field.getValue() == null || field.isInvalid() ? invalid : field.getValue();
    }

    private List<DayOfWeek> weekInLocaleOrder() {
        DayOfWeek first = WeekFields.of(getLocale()).getFirstDayOfWeek();
        List<DayOfWeek> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            week.add(first.plus(i));
        }
        return week;
    }

    private String dayName(DayOfWeek day) {
        String name = day.getDisplayName(TextStyle.FULL, getLocale());
        return name.substring(0, 1).toUpperCase(getLocale()) + name.substring(1);
    }
}
