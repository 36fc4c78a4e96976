package com.botclientemanager.settings.ui;

import com.botclientemanager.paylinks.PayLinkService;
import com.botclientemanager.paylinks.ResellerContact;
import com.botclientemanager.paylinks.ResellerContactService;
import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.ui.Notices;
import com.botclientemanager.ui.SectionSave;
import com.botclientemanager.validation.Phones;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Map;

/** "Página do cliente": the name and WhatsApp the clients' pages show, and "Revogar todos os links". */
@SpringComponent
@UIScope
class ClientPagesSection extends VerticalLayout {

    private final ResellerContactService contacts;
    private final PayLinkService links;
    private final TextField name = new TextField();
    private final TextField whatsApp = new TextField();

    ClientPagesSection(ResellerContactService contacts, PayLinkService links) {
        this.contacts = contacts;
        this.links = links;
        setPadding(false);
        addClassNames("settings-section");
        setId("client-pages-section");
        add(new H3(getTranslation("paylinks.settings.title")), new Paragraph(getTranslation("paylinks.settings.description")));
        name.setLabel(getTranslation("paylinks.settings.name"));
        name.setHelperText(getTranslation("paylinks.settings.name.help"));
        name.setMaxLength(ResellerContactService.MAX_NAME);
        name.setId("client-pages-name");
        whatsApp.setLabel(getTranslation("paylinks.settings.whatsapp"));
        whatsApp.setHelperText(getTranslation("paylinks.settings.whatsapp.help"));
        whatsApp.setId("client-pages-whatsapp");
        boolean damaged = false;
        try {
            show(contacts.contact());
        } catch (DamagedDocumentException e) {
            damaged = true;
        } catch (StorageException e) {
            show(ResellerContact.NONE);
        }
        Button save = new Button(getTranslation("paylinks.settings.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("client-pages-save");
        Button revokeAll = new Button(getTranslation("paylinks.settings.revoke-all"), e -> confirmRevokeAll());
        revokeAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revokeAll.setId("client-pages-revoke-all");
        FormLayout form = new FormLayout(name, whatsApp);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(form, new HorizontalLayout(save, revokeAll));
        if (damaged) {
            SectionSave.showDamaged(this);
        }
    }

    private void show(ResellerContact contact) {
        name.setValue(contact.name());
        whatsApp.setValue(contact.whatsApp().isEmpty() ? "" : Phones.format(contact.whatsApp()));
    }

    private void save() {
        SectionSave.run(this, Map.<String, HasValidation>of("name", name, "whatsApp", whatsApp), whatsApp,
                () -> show(contacts.save(new ResellerContact(name.getValue(), whatsApp.getValue()))),
                "paylinks.settings.saved");
    }

    private void confirmRevokeAll() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("paylinks.settings.revoke-all.title"));
        confirm.setText(getTranslation("paylinks.settings.revoke-all.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("paylinks.settings.cancel"));
        confirm.setConfirmText(getTranslation("paylinks.settings.revoke-all"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            links.revokeAll();
            Notices.success(getTranslation("paylinks.settings.revoked"));
        });
        confirm.open();
    }
}
