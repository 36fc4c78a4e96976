package com.botclientemanager.templates.ui;

import com.botclientemanager.templates.MessageData;
import com.botclientemanager.templates.PreviewSubjects;
import com.botclientemanager.templates.TemplateKind;
import com.botclientemanager.templates.PreviewSubjects.PreviewSubject;
import com.botclientemanager.templates.RenderedMessage;
import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.templates.PreviewSender;
import com.botclientemanager.whatsapp.SendOutcome;
import com.botclientemanager.whatsapp.TransientSendException;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A template body as the client will read it, in a phone-like chat bubble, for the sample client or a client chosen
 * from {@link PreviewSubjects}; warns about placeholders that stay empty or that do not exist.
 */
class MessagePreview extends VerticalLayout {

    private final TemplateService templates;
    private final Supplier<LocalDate> today;
    private final ComboBox<PreviewSubject> subject = new ComboBox<>();
    private TemplateKind kind;
    private Integer offsetDays;
    private final Div bubble = new Div();
    private final Span warning = new Span();
    private String body = "";

    /** The template's kind and offset, so that the sample client is in the situation the template is for. */
    void sampleFor(TemplateKind kind, Integer offsetDays) {
        this.kind = kind;
        this.offsetDays = offsetDays;
        show(body);
    }

    MessagePreview(TemplateService templates, PreviewSubjects subjects, PreviewSender tests, Supplier<LocalDate> today) {
        this.templates = templates;
        this.today = today;
        setPadding(false);
        getStyle().set("flex", "1 1 280px").set("min-width", "0");
        Span title = new Span(getTranslation("templates.preview"));
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        add(title);
        if (subjects != null) {
            subject.setLabel(getTranslation("templates.preview.subject"));
            subject.setPlaceholder(getTranslation("templates.preview.sample"));
            subject.setClearButtonVisible(true);
            subject.setItemLabelGenerator(PreviewSubject::displayName);
            subject.setItems(query -> subjects.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                    .stream().skip(query.getOffset()).limit(query.getLimit()));
            subject.setWidthFull();
            subject.setId("template-preview-subject");
            subject.addValueChangeListener(e -> show(body));
            add(subject);
        } else {
            Span sample = new Span(getTranslation("templates.preview.sample"));
            sample.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            add(sample);
        }
        bubble.setId("template-preview");
        bubble.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere")
                .set("background", "#dcf8c6").set("color", "#111b21").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "0.6em 0 0.6em 0.6em").set("box-shadow", "0 1px 1px rgba(0,0,0,0.15)")
                .set("max-width", "100%").set("font-size", "var(--lumo-font-size-s)").set("align-self", "flex-end");
        Div phone = new Div(bubble);
        phone.getStyle().set("background", "#efeae2").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "1.2em").set("display", "flex").set("flex-direction", "column")
                .set("width", "100%").set("box-sizing", "border-box").set("min-height", "8em");
        warning.setId("template-preview-missing");
        warning.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.ERROR);
        add(phone, warning);
        if (tests != null) {
            add(testSend(tests));
        }
    }

    /** Sends the rendered preview to the reseller's own number, to see it as a client will. */
    private Component testSend(PreviewSender tests) {
        TextField number = new TextField(getTranslation("templates.test.number"));
        number.setPlaceholder("+55 11 98765-4321");
        number.setId("template-test-number");
        number.setWidthFull();
        Button send = new Button(getTranslation("templates.test.send"));
        send.setId("template-test-send");
        send.addClickListener(e -> {
            number.setInvalid(false);
            PreviewSubject chosen = subject.getValue();
            MessageData data = chosen == null ? MessageData.sample(today.get(), kind, offsetDays) : chosen.data();
            try {
                SendOutcome outcome = tests.send(body, data, number.getValue());
                String outcomeKey = "templates.test.outcome." + outcome.name().toLowerCase(java.util.Locale.ROOT);
                Notices.info(getTranslation(outcomeKey));
            } catch (InvalidInputException invalid) {
                number.setErrorMessage(getTranslation(invalid.messageKey()));
                number.setInvalid(true);
            } catch (TransientSendException busy) {
                Notices.info(getTranslation(busy.messageKey()));
            }
        });
        HorizontalLayout row = new HorizontalLayout(number, send);
        row.addClassName("template-test-row");
        row.setWidthFull();
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    /** Renders this body in the messages' language for the chosen client (the sample client when none is chosen). */
    void show(String text) {
        body = text == null ? "" : text;
        PreviewSubject chosen = subject.getValue();
        MessageData data = chosen == null ? MessageData.sample(today.get(), kind, offsetDays) : chosen.data();
        RenderedMessage rendered = templates.render(body, data, templates.messageLocale());
        bubble.setText(rendered.text());

        List<String> problems = new ArrayList<>();
        List<String> unknown = templates.unknownPlaceholders(body);
        if (!unknown.isEmpty()) {
            problems.add(getTranslation("templates.preview.unknown", braces(unknown)));
        }
        if (!rendered.missing().isEmpty()) {
            problems.add(getTranslation("templates.preview.missing", braces(rendered.missing())));
        }
        warning.setText(String.join(" ", problems));
    }

    private static String braces(List<String> names) {
        return names.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", "));
    }
}
