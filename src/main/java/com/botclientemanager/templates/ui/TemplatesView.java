package com.botclientemanager.templates.ui;

import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.PreviewSubjects;
import com.botclientemanager.templates.TemplateKind;
import com.botclientemanager.templates.TemplateReview;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.templates.PreviewSender;
import com.botclientemanager.templates.TemplateUpload;
import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.AppTimes;
import com.botclientemanager.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** The message templates grouped by kind; a click opens the editor with its live preview. */
@Route(value = "templates", layout = MainLayout.class)
@PermitAll
public class TemplatesView extends AppPage {

    private static final int EXCERPT = 140;

    private final TemplateService templates;
    private final PreviewSubjects subjects;
    private final PreviewSender tests;
    private final AppTimes times;
    private final Select<TemplateKind> kindFilter = new Select<>();
    private final Div list = new Div();

    public TemplatesView(TemplateService templates, ObjectProvider<PreviewSubjects> subjects, PreviewSender tests,
            TemplateReview review, TemplateUpload upload, AppTimes times) {
        super("templates.title", "templates.description");
        this.templates = templates;
        this.times = times;
        this.subjects = subjects.getIfAvailable();
        this.tests = tests;

        Button create = new Button(getTranslation("templates.new"), VaadinIcon.PLUS.create(), e -> open(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("templates-new");

        kindFilter.setLabel(getTranslation("templates.filter.kind"));
        kindFilter.setItems(TemplateKind.values());
        kindFilter.setItemLabelGenerator(kind -> kind == null ? getTranslation("templates.filter.all")
                : getTranslation(kind.labelKey()));
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption(getTranslation("templates.filter.all"));
        kindFilter.setId("templates-filter");
        kindFilter.addValueChangeListener(e -> refresh());

        Button importOlder = new Button(getTranslation("templates.upload.open"), VaadinIcon.UPLOAD.create(),
                e -> new TemplateUploadDialog(upload, this::refresh).open());
        importOlder.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        importOlder.setId("templates-upload-open");

        HorizontalLayout toolbar = new HorizontalLayout(create, importOlder, kindFilter);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        list.setId("templates-list");
        list.setWidthFull();
        add(toolbar, list);
        refresh();
        review.markReviewed();
    }

    private void refresh() {
        list.removeAll();
        List<MessageTemplate> all = templates.all();
        for (TemplateKind kind : TemplateKind.values()) {
            if (kindFilter.getValue() != null && kindFilter.getValue() != kind) {
                continue;
            }
            List<MessageTemplate> ofKind = all.stream().filter(t -> t.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            H3 heading = new H3(getTranslation(kind.labelKey()));
            heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.LARGE, LumoUtility.Margin.Bottom.SMALL);
            Div group = new Div(heading);
            group.setId("group-" + kind.json());
            ofKind.forEach(template -> group.add(card(template)));
            list.add(group);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Paragraph(getTranslation("templates.empty")));
        }
    }

    private Component card(MessageTemplate template) {
        Button title = new Button(template.name(), e -> open(template));
        title.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        title.setId("edit-" + template.id());

        Span meta = new Span(describe(template));
        meta.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Paragraph excerpt = new Paragraph(excerpt(template.body()));
        excerpt.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL);
        excerpt.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere");

        Div card = new Div(title, new Div(meta), excerpt);
        List<String> unknown = templates.unknownPlaceholders(template.body());
        if (!unknown.isEmpty()) {
            card.add(new Div(unknownBadge(unknown)));
        }
        card.addClassNames("template-card", LumoUtility.Padding.MEDIUM, LumoUtility.Margin.Bottom.SMALL,
                LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.BorderColor.CONTRAST_10);
        card.getStyle().set("max-width", "760px");
        if (!template.active()) {
            card.getStyle().set("opacity", "0.6");
        }
        return card;
    }

    /** Names the placeholders no message can fill (a reminder with them is logged as failed, never sent). */
    private Span unknownBadge(List<String> names) {
        String braced = names.stream().map(name -> "{" + name + "}").collect(java.util.stream.Collectors.joining(", "));
        String text = getTranslation("templates.flag.unknown", braced);
        Span badge = new Span(getTranslation("templates.flag.badge", braced));
        badge.addClassNames("status-badge", "status-due-soon", "placeholder-warning");
        badge.getElement().setAttribute("role", "img");
        badge.getElement().setAttribute("title", text);
        badge.getElement().setAttribute("aria-label", text);
        return badge;
    }

    private String describe(MessageTemplate template) {
        StringBuilder text = new StringBuilder();
        Integer offset = template.offsetDays();
        if (template.kind().isReminder() && offset != null) {
            text.append(offset < 0 ? getTranslation("templates.offset.before", -offset)
                    : offset == 0 ? getTranslation("templates.offset.day") : getTranslation("templates.offset.after", offset));
            text.append(" · ");
        }
        text.append(getTranslation(template.service().labelKey()));
        if (!template.active()) {
            text.append(" · ").append(getTranslation("templates.inactive"));
        }
        return text.toString();
    }

    private static String excerpt(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
    }

    private void open(MessageTemplate template) {
        new TemplateEditor(templates, subjects, tests, times::today, template, this::refresh).open();
    }
}
