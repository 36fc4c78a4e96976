package com.botclientemanager.replies.ui;

import com.botclientemanager.clients.Client;
import com.botclientemanager.replies.Conversations;
import com.botclientemanager.replies.UnknownSender;
import com.botclientemanager.ui.Notices;
import com.botclientemanager.validation.UserFacingException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;

/** "Vincular a um cliente": pick the client (by name or phone) an unknown number belongs to. */
class LinkDialog extends Dialog {

    LinkDialog(Conversations conversations, UnknownSender sender, Runnable onLinked) {
        setHeaderTitle(getTranslation("conversations.unknown.link") + ": " + ConversationList.label(sender));
        ComboBox<Client> client = new ComboBox<>(getTranslation("conversations.unknown.pick"));
        client.setId("conversation-link-client");
        client.setWidthFull();
        client.setItemLabelGenerator(c -> c.phone() == null ? c.name() : c.name() + " · " + c.phone());
        client.setItems(query -> conversations.findClients(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        add(client);
        Button cancel = new Button(getTranslation("clients.action.cancel"), e -> close());
        Button link = new Button(getTranslation("conversations.unknown.link"), e -> {
            if (client.getValue() == null) {
                client.setInvalid(true);
                client.setErrorMessage(getTranslation("conversations.unknown.pick"));
                return;
            }
            try {
                conversations.link(sender, client.getValue().id());
            } catch (UserFacingException failed) {
                Notices.error(getTranslation(failed.messageKey(), failed.arguments()));
                return;
            }
            Notices.success(getTranslation("conversations.unknown.linked", ConversationList.label(sender),
                    client.getValue().name()));
            close();
            onLinked.run();
        });
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        link.setId("conversation-link-confirm");
        getFooter().add(cancel, link);
        setWidth("min(28rem, 95vw)");
    }
}
