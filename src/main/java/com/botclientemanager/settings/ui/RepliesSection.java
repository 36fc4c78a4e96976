package com.botclientemanager.settings.ui;

import com.botclientemanager.replies.ReplySettings;
import com.botclientemanager.replies.ReplySettingsService;
import com.botclientemanager.ui.SectionSave;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Map;
import java.util.Objects;

/** "Respostas dos clientes": the words that stop and resume reminders, their answers, the pause after the reseller writes. */
@SpringComponent
@UIScope
class RepliesSection extends VerticalLayout {

    private final ReplySettingsService settings;
    private final TextField optOutKeywords = new TextField();
    private final TextField resumeKeywords = new TextField();
    private final TextArea optOutConfirmation = new TextArea();
    private final TextArea resumeConfirmation = new TextArea();
    private final IntegerField pauseHours = new IntegerField();

    RepliesSection(ReplySettingsService settings) {
        this.settings = settings;
        setPadding(false);
        addClassNames("settings-section");
        setId("replies-section");
        add(new H3(getTranslation("replies.settings.title")), new Paragraph(getTranslation("replies.settings.description")));
        field(optOutKeywords, "opt-out-keywords");
        field(resumeKeywords, "resume-keywords");
        field(optOutConfirmation, "opt-out-confirmation");
        field(resumeConfirmation, "resume-confirmation");
        optOutConfirmation.setMaxLength(ReplySettingsService.MAX_CONFIRMATION);
        resumeConfirmation.setMaxLength(ReplySettingsService.MAX_CONFIRMATION);
        pauseHours.setLabel(getTranslation("replies.settings.pause-hours"));
        pauseHours.setHelperText(getTranslation("replies.settings.pause-hours.help"));
        pauseHours.setId("replies-pause-hours");
        pauseHours.setMin(0);
        pauseHours.setMax(ReplySettingsService.MAX_PAUSE_HOURS);
        pauseHours.setStepButtonsVisible(true);

        SectionSave.Loaded<ReplySettings> loaded = SectionSave.load(settings::saved, settings::configured);
        ReplySettings saved = loaded.value();
        if (!loaded.damaged()) {
            show(saved);
        }
        Button save = new Button(getTranslation("replies.settings.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("replies-save");
        FormLayout form = new FormLayout(optOutKeywords, resumeKeywords, optOutConfirmation, resumeConfirmation,
                pauseHours);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(form, save);
        if (loaded.damaged()) {
            SectionSave.showDamaged(this);
        }
    }

    private void field(TextField field, String name) {
        field.setLabel(getTranslation("replies.settings." + name));
        field.setHelperText(getTranslation("replies.settings." + name + ".help"));
        field.setId("replies-" + name);
    }

    private void field(TextArea field, String name) {
        field.setLabel(getTranslation("replies.settings." + name));
        field.setHelperText(getTranslation("replies.settings." + name + ".help"));
        field.setId("replies-" + name);
    }

    private void show(ReplySettings shown) {
        optOutKeywords.setValue(String.join(", ", shown.optOutKeywords()));
        resumeKeywords.setValue(String.join(", ", shown.resumeKeywords()));
        optOutConfirmation.setValue(shown.optOutConfirmation());
        resumeConfirmation.setValue(shown.resumeConfirmation());
        pauseHours.setValue(shown.pauseHours());
    }

    private void save() {
        SectionSave.run(this, Map.<String, HasValidation>of("optOutKeywords", optOutKeywords,
                        "resumeKeywords", resumeKeywords, "optOutConfirmation", optOutConfirmation,
                        "resumeConfirmation", resumeConfirmation), pauseHours,
                () -> show(settings.save(new ReplySettings(ReplySettingsService.split(optOutKeywords.getValue()),
                        ReplySettingsService.split(resumeKeywords.getValue()), optOutConfirmation.getValue(),
                        resumeConfirmation.getValue(), Objects.requireNonNullElse(pauseHours.getValue(), -1)))),
                "replies.settings.saved");
    }
}
