package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.whatsapp.MessageStatus;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A message's status as a coloured chip. In the grid's narrow Status column a long label ("simulada (modo de teste)",
 * "não enviada (perdida)") wrapped to three lines at 1280 px, so there the chip says it short and the full label is its
 * tooltip; a phone's card has the room for the full label (and a touch screen shows no tooltip).
 */
final class StatusChip extends Span {

    /** The statuses whose full label does not fit the grid's column on one line. */
    private static final Set<MessageStatus> SHORTENED = EnumSet.of(MessageStatus.SIMULATED, MessageStatus.MISSED);

    private StatusChip(MessageStatus status, String labelKey) {
        setText(getTranslation(labelKey));
        String full = getTranslation(status.labelKey());
        if (!full.equals(getText())) {
            getElement().setAttribute("title", full);
        }
        String theme = switch (status) {
            case SENT, DELIVERED, READ -> "badge success";
            case FAILED -> "badge error";
            case MISSED -> "badge contrast";
            default -> "badge";
        };
        getElement().getThemeList().addAll(Arrays.asList(theme.split(" ")));
        addClassNames("message-status", "status-" + status.name().toLowerCase(Locale.ROOT));
        // a longer translation wraps rather than being cut off
        getStyle().set("white-space", "normal");
    }

    static StatusChip forGrid(MessageStatus status) {
        return new StatusChip(status, gridLabelKey(status));
    }

    static StatusChip forCard(MessageStatus status) {
        return new StatusChip(status, status.labelKey());
    }

    /** The i18n key of the chip's words in the grid. */
    static String gridLabelKey(MessageStatus status) {
        return SHORTENED.contains(status) ? "messages.status.short." + status.name().toLowerCase(Locale.ROOT)
                : status.labelKey();
    }
}
