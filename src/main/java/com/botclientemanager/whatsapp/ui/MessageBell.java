package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.whatsapp.MessageLogLinks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;

/**
 * The bell in the top bar: how many automatic messages went out since the log was last opened from it, red when some
 * failed; a click opens "Mensagens enviadas" (the failed ones when there are any) and starts counting again.
 */
class MessageBell extends Button {

    private final Span badge = new Span();
    private long sent;
    private long failed;

    MessageBell() {
        setIcon(VaadinIcon.BELL_O.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("message-bell");
        addClassNames("message-bell");
        badge.setId("message-bell-count");
        badge.addClassNames("message-bell-count");
        badge.getElement().getThemeList().add("badge pill small");
        getElement().appendChild(badge.getElement());
        addClickListener(e -> open());
        refresh();
    }

    /** Adds a batch of outcomes: {@code outcomes} messages, {@code failures} of them failed or missed. */
    void count(long outcomes, long failures) {
        sent += outcomes;
        failed += failures;
        refresh();
    }

    private void open() {
        QueryParameters filter = failed > 0 ? QueryParameters.simple(Map.of(MessageLogLinks.STATUS, MessageLogLinks.FAILED,
                MessageLogLinks.DAY, MessageLogLinks.TODAY)) : QueryParameters.empty();
        sent = 0;
        failed = 0;
        refresh();
        getUI().ifPresent(ui -> ui.navigate(MessageLogLinks.ROUTE, filter));
    }

    private void refresh() {
        badge.setVisible(sent > 0);
        badge.setText(sent > 99 ? "99+" : Long.toString(sent));
        badge.getElement().getThemeList().remove("error");
        if (failed > 0) {
            badge.getElement().getThemeList().add("error");
        }
        String label = sent == 0 ? getTranslation("whatsapp.bell.none")
                : failed == 0 ? getTranslation("whatsapp.bell.some", sent)
                : getTranslation("whatsapp.bell.failed", sent, failed);
        setAriaLabel(label);
        setTooltipText(label);
    }
}
