package com.botclientemanager.clients.ui;

import com.botclientemanager.clients.ClientStatus;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** The coloured status badge: green ativo, amber vence em breve, blue hoje, red atrasado, grey inativo. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(ClientStatus status, String text) {
        Span badge = new Span(text);
        badge.addClassNames("status-badge", "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }
}
