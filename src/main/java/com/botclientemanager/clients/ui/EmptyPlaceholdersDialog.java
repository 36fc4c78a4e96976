package com.botclientemanager.clients.ui;

import com.botclientemanager.clients.ManualSends;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * Asked before a message goes out with placeholders that render empty ("PIX:" followed by nothing): names them, links
 * to the setting that fills {pix} (Configurações > PIX), and sends only on "Enviar assim mesmo".
 */
class EmptyPlaceholdersDialog extends ConfirmDialog {

    /** The PIX section of the settings page (the settings module's view). */
    static final String PIX_SETTINGS = "settings#pix-section";

    EmptyPlaceholdersDialog(List<String> empty, Runnable sendAnyway) {
        setId("send-empty-confirm");
        setHeader(getTranslation("clients.send.empty.title"));
        Paragraph names = new Paragraph(getTranslation("clients.send.empty.text", ManualSends.braced(empty)));
        names.setId("send-empty-names");
        Div text = new Div(names);
        if (empty.contains("pix")) {
            Anchor pix = new Anchor(PIX_SETTINGS, getTranslation("clients.send.empty.pix"));
            pix.setId("send-empty-pix-settings");
            text.add(new Paragraph(pix));
        }
        if (empty.stream().anyMatch(name -> !name.equals("pix"))) {
            text.add(new Paragraph(getTranslation("clients.send.empty.client-data")));
        }
        setText(text);
        setCancelable(true);
        setCancelText(getTranslation("clients.send.empty.back"));
        setConfirmText(getTranslation("clients.send.empty.confirm"));
        addConfirmListener(e -> sendAnyway.run());
    }
}
