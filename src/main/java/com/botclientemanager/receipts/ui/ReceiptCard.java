package com.botclientemanager.receipts.ui;

import com.botclientemanager.clients.Client;
import com.botclientemanager.receipts.Receipt;
import com.botclientemanager.receipts.ReceiptService;
import com.botclientemanager.ui.AppTimes;
import com.botclientemanager.ui.UiFormat;
import com.botclientemanager.validation.Phones;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.time.Instant;

/** One waiting item: who, how much, when, the receipt files and messages, and the two buttons. */
class ReceiptCard extends Div {

    ReceiptCard(Receipt receipt, Client client, ReceiptService receipts, AppTimes times, Runnable confirm,
            Runnable refuse) {
        setId("receipt-" + receipt.id());
        addClassName("receipt-card");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("min-width", "0");
        H3 name = new H3(client.name());
        name.getStyle().set("margin", "0");
        Anchor phone = new Anchor("https://wa.me/" + client.phone().replaceAll("\\D", ""), Phones.format(client.phone()));
        phone.setTarget("_blank");
        phone.addClassName("receipt-phone");
        UiFormat format = new UiFormat(getLocale());
        Paragraph due = new Paragraph(getTranslation("receipts.card.due",
                receipt.amountDue() == null ? "-" : format.money(receipt.amountDue()),
                receipt.dueDate() == null ? "-" : format.date(receipt.dueDate())));
        due.addClassName("receipt-due");
        Span when = new Span(getTranslation("receipts.card.when", times.dateTime(receipt.createdAt(), getLocale())));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(name, phone, due, when);
        Instant now = times.now();
        for (Receipt.Part part : receipt.parts()) {
            add(part(part, receipts, now));
        }
        Button confirmButton = new Button(getTranslation("receipts.action.confirm"), e -> confirm.run());
        confirmButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirmButton.addClassName("receipt-confirm");
        Button refuseButton = new Button(getTranslation("receipts.action.refuse"), e -> refuse.run());
        refuseButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        refuseButton.addClassName("receipt-refuse");
        HorizontalLayout actions = new HorizontalLayout(confirmButton, refuseButton);
        actions.getStyle().set("flex-wrap", "wrap").set("margin-top", "var(--lumo-space-s)");
        add(actions);
    }

    private Div part(Receipt.Part part, ReceiptService receipts, Instant now) {
        Div box = new Div();
        box.addClassName("receipt-part");
        box.getStyle().set("margin-top", "var(--lumo-space-s)");
        if (part.text() != null && !part.text().isBlank()) {
            Paragraph text = new Paragraph(getTranslation("receipts.card.quote", part.text()));
            text.getStyle().set("margin", "0").set("overflow-wrap", "anywhere");
            box.add(text);
        }
        if (part.image()) {
            Image image = new Image(file(part, receipts, "comprovante"), getTranslation("receipts.card.image"));
            image.addClassName("receipt-image");
            image.getStyle().set("max-width", "100%").set("max-height", "360px").set("display", "block");
            box.add(image);
        } else if (part.pdf()) {
            Anchor pdf = new Anchor(file(part, receipts, "comprovante.pdf"), getTranslation("receipts.card.pdf"));
            pdf.setTarget("_blank");
            pdf.addClassName("receipt-pdf");
            box.add(pdf);
        } else if (part.arriving(now)) {
            box.add(note("receipts.card.arriving"));
        } else if (part.fileMissing(now)) {
            box.add(note("receipts.card.failed", receipts.maxFileMegabytes()));
        }
        return box;
    }

    private Span note(String key, Object... arguments) {
        Span note = new Span(getTranslation(key, arguments));
        note.addClassName("receipt-file-note");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-style", "italic");
        return note;
    }

    private static DownloadHandler file(Receipt.Part part, ReceiptService receipts, String name) {
        return DownloadHandler.fromInputStream(event -> receipts.file(part.id())
                .map(f -> new DownloadResponse(f.content(), name, f.contentType(), f.size()))
                .orElseGet(() -> DownloadResponse.error(404)));
    }
}
