package com.botclientemanager.settings.ui;

import com.botclientemanager.storage.StorageException;
import com.botclientemanager.templates.PixService;
import com.botclientemanager.templates.PixSettingsService;
import com.botclientemanager.templates.PixSettings;
import com.botclientemanager.ui.SectionSave;
import com.botclientemanager.validation.Money;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** "PIX" section of the settings: the receiver's key, name and city, and the code and QR of a sample price. */
@SpringComponent
@UIScope
class PixSection extends VerticalLayout {

    static final BigDecimal SAMPLE_AMOUNT = new BigDecimal("35.00");

    private final PixSettingsService pixSettings;
    private final PixService pix;
    private final TextField key = new TextField();
    private final TextField name = new TextField();
    private final TextField city = new TextField();
    private final VerticalLayout sample = new VerticalLayout();

    PixSection(PixSettingsService pixSettings, PixService pix) {
        this.pixSettings = pixSettings;
        this.pix = pix;
        setPadding(false);
        addClassNames("settings-section");
        setId("pix-section");
        add(new H3(getTranslation("pix.title")), new Paragraph(getTranslation("pix.description")));

        key.setLabel(getTranslation("pix.key"));
        key.setHelperText(getTranslation("pix.key.help"));
        key.setId("pix-key");
        name.setLabel(getTranslation("pix.name"));
        name.setHelperText(getTranslation("pix.name.help"));
        name.setId("pix-name");
        city.setLabel(getTranslation("pix.city"));
        city.setHelperText(getTranslation("pix.city.help"));
        city.setId("pix-city");
        SectionSave.Loaded<PixSettings> loaded = SectionSave.load(pixSettings::settings, () -> PixSettings.NONE);
        PixSettings settings = loaded.value();
        key.setValue(settings.key());
        name.setValue(settings.name());
        city.setValue(settings.city());

        Button save = new Button(getTranslation("pix.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("pix-save");
        FormLayout form = new FormLayout(key, name, city);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        sample.setPadding(false);
        sample.setId("pix-sample");
        add(form, save, sample);
        showSample();
        if (loaded.damaged()) {
            SectionSave.showDamaged(this);
        }
    }

    private void save() {
        boolean saved = SectionSave.run(this, Map.<String, HasValidation>of("name", name, "city", city), key,
                () -> key.setValue(pixSettings.save(new PixSettings(key.getValue(), name.getValue(), city.getValue())).key()),
                "pix.saved");
        if (!saved) {
            return;
        }
        showSample();
    }

    private void showSample() {
        sample.removeAll();
        Optional<String> code;
        try {
            code = pix.copyAndPaste(SAMPLE_AMOUNT);
        } catch (StorageException e) {
            code = Optional.empty();
        }
        if (code.isEmpty()) {
            return;
        }
        Image qr = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(pix.qrPng(code.get(), 240)),
                getTranslation("pix.qr"));
        qr.setId("pix-qr");
        qr.setWidth("240px");
        TextArea copyAndPaste = new TextArea();
        copyAndPaste.setLabel(getTranslation("pix.code"));
        copyAndPaste.setValue(code.get());
        copyAndPaste.setReadOnly(true);
        copyAndPaste.setWidthFull();
        copyAndPaste.setMaxWidth("600px");
        copyAndPaste.setId("pix-code");
        sample.add(new Paragraph(getTranslation("pix.sample", Money.format(SAMPLE_AMOUNT, getLocale()))), qr, copyAndPaste);
    }
}
