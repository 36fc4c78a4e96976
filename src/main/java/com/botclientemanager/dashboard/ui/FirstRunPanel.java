package com.botclientemanager.dashboard.ui;

import com.botclientemanager.dashboard.FirstRunChecklist;
import com.botclientemanager.dashboard.FirstRunChecklist.Progress;
import com.botclientemanager.dashboard.FirstRunChecklist.Step;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.ui.Notices;
import com.botclientemanager.whatsapp.ConnectionStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;

/**
 * "Primeiros passos": the steps a new reseller still has to do, each ticking itself when done and opening its screen,
 * until all are done or the user dismisses the list.
 */
class FirstRunPanel extends Div {

    private final FirstRunChecklist checklist;
    private ConnectionStatus whatsapp;

    FirstRunPanel(FirstRunChecklist checklist) {
        this.checklist = checklist;
        setId("first-run");
        addClassNames("first-run");
        refresh();
    }

    /** The WhatsApp link state as the dashboard last learnt it (null while unknown). */
    void showConnection(ConnectionStatus status) {
        this.whatsapp = status;
        refresh();
    }

    void refresh() {
        if (!isVisible()) {
            return;
        }
        Progress progress;
        try {
            progress = checklist.progress(whatsapp);
        } catch (StorageException e) {
            // a damaged settings.json has its own banner; the checklist waits
            setVisible(false);
            return;
        }
        removeAll();
        if (progress.hidden()) {
            setVisible(false);
            return;
        }
        H2 title = new H2(getTranslation("firstrun.title"));
        title.addClassNames("first-run__title");
        Span count = new Span(getTranslation("firstrun.progress", progress.done().size(), Step.values().length));
        count.setId("first-run-progress");
        count.addClassNames("first-run__progress");
        Button dismiss = new Button(getTranslation("firstrun.dismiss"), e -> dismiss());
        dismiss.setId("first-run-dismiss");
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div header = new Div(title, count, dismiss);
        header.addClassNames("first-run__header");
        Div steps = new Div();
        steps.addClassNames("first-run__steps");
        for (Step step : Step.values()) {
            steps.add(step(step, progress.done().contains(step)));
        }
        add(header, steps);
    }

    private Div step(Step step, boolean done) {
        String key = "firstrun.step." + step.name().toLowerCase(Locale.ROOT).replace('_', '-');
        Icon mark = (done ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
        mark.addClassNames("first-run__mark");
        Span label = new Span(getTranslation(key));
        label.addClassNames("first-run__label");
        Span hint = new Span(getTranslation(key + ".hint"));
        hint.addClassNames("first-run__hint");
        Div text = new Div(label, hint);
        text.addClassNames("first-run__text");
        Button open = new Button(getTranslation(key + ".open"), e -> UI.getCurrent().navigate(step.route()));
        open.setId("first-run-open-" + id(step));
        open.addThemeVariants(done ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Div actions = new Div(open);
        actions.addClassNames("first-run__actions");
        if (step == Step.SENDING_HOURS && !done) {
            Button confirm = new Button(getTranslation("firstrun.step.sending-hours.confirm"), e -> confirmSendingHours());
            confirm.setId("first-run-confirm-sending-hours");
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(confirm);
        }
        Div row = new Div(mark, text, actions);
        row.setId("first-run-step-" + id(step));
        row.addClassNames("first-run__step");
        row.getElement().setAttribute("data-done", String.valueOf(done));
        return row;
    }

    private static String id(Step step) {
        return step.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void dismiss() {
        try {
            checklist.dismiss();
            setVisible(false);
        } catch (StorageException e) {
            Notices.error(getTranslation("firstrun.error.save"));
        }
    }

    private void confirmSendingHours() {
        try {
            checklist.confirmSendingHours();
            refresh();
        } catch (StorageException e) {
            Notices.error(getTranslation("firstrun.error.save"));
        }
    }
}
