package com.botclientemanager.clients.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.stream.Collectors;

/** A message as the client reads it, in a WhatsApp-like bubble (plain text), with the placeholders to check below. */
class MessageBubble extends Div {

    private final Div bubble = new Div();
    private final Span unknown = new Span();
    private final Span missing = new Span();

    MessageBubble(String id) {
        setId(id);
        addClassName("message-bubble");
        bubble.addClassName("message-bubble-text");
        bubble.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere").set("background", "#dcf8c6")
                .set("color", "#111b21").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-radius", "0.6em 0 0.6em 0.6em").set("font-size", "var(--lumo-font-size-s)")
                .set("margin-left", "auto").set("max-width", "100%").set("width", "fit-content");
        Div phone = new Div(bubble);
        phone.getStyle().set("background", "#efeae2").set("padding", "var(--lumo-space-s)").set("border-radius", "0.8em");
        unknown.setId(id + "-unknown");
        unknown.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.ERROR, LumoUtility.Display.BLOCK);
        missing.setId(id + "-missing");
        missing.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Display.BLOCK);
        add(phone, unknown, missing);
        show("", List.of(), List.of());
    }

    /** Shows the text; an empty text hides the bubble. Unknown placeholders are flagged, missing values mentioned. */
    void show(String text, List<String> unknownNames, List<String> missingNames) {
        bubble.setText(text);
        setVisible(!text.isEmpty() || !unknownNames.isEmpty());
        unknown.setText(unknownNames.isEmpty() ? "" : getTranslation("clients.preview.unknown", braces(unknownNames)));
        missing.setText(missingNames.isEmpty() ? "" : getTranslation("clients.preview.missing", braces(missingNames)));
    }

    private static String braces(List<String> names) {
        return names.stream().distinct().map(n -> "{" + n + "}").collect(Collectors.joining(", "));
    }
}
