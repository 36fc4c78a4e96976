package com.botclientemanager.clients.ui;

import com.botclientemanager.clients.ClientPageLinks;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** "Link do cliente" in the client's history: the private page's address to copy, and "Gerar novo link". */
class ClientLinkBlock extends Div {

    private final ClientPageLinks links;
    private final String clientId;
    private final TextField link = new TextField();

    ClientLinkBlock(ClientPageLinks links, String clientId) {
        this.links = links;
        this.clientId = clientId;
        setId("client-link");
        H4 title = new H4(getTranslation("clients.link.title"));
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("client-link-url");
        link.setHelperText(getTranslation("clients.link.help"));
        Button copy = new Button(getTranslation("clients.link.copy"), e -> {
            e.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("navigator.clipboard.writeText($0)", link.getValue()));
            Notices.info(getTranslation("clients.link.copied"));
        });
        copy.setId("client-link-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button renew = new Button(getTranslation("clients.link.renew"), e -> confirmRenew());
        renew.setId("client-link-renew");
        renew.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        var shown = links.linkFor(clientId);
        if (shown.isPresent()) {
            link.setValue(shown.get());
            add(title, link, new HorizontalLayout(copy, renew));
        } else {
            add(title, new Paragraph(getTranslation("clients.link.no-public-url")));
        }
    }

    private void confirmRenew() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("clients.link.renew-confirm.title"));
        confirm.setText(getTranslation("clients.link.renew-confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("clients.action.cancel"));
        confirm.setConfirmText(getTranslation("clients.link.renew"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> links.replace(clientId).ifPresent(newLink -> {
            link.setValue(newLink);
            Notices.success(getTranslation("clients.link.renewed"));
        }));
        confirm.open();
    }
}
