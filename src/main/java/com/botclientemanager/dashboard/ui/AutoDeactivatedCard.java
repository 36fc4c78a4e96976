package com.botclientemanager.dashboard.ui;

import com.botclientemanager.clients.AutoDeactivated;
import com.botclientemanager.clients.AutoDeactivation;
import com.botclientemanager.clients.ClientCalendar;
import com.botclientemanager.clients.ClientException;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.ui.Notices;
import com.botclientemanager.ui.StatCard;
import com.botclientemanager.ui.UiFormat;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * "Desativados automaticamente": the clients the overdue rule switched off this month (and not undone); a tap lists
 * them, each with "Desfazer". Hidden while the rule is off and nobody was switched off this month.
 */
class AutoDeactivatedCard extends StatCard {

    private final AutoDeactivation rule;
    private final ClientCalendar calendar;
    private final UiFormat format;

    AutoDeactivatedCard(AutoDeactivation rule, ClientCalendar calendar, UiFormat format, String label) {
        super("card-auto-deactivated", label, "contrast");
        this.rule = rule;
        this.calendar = calendar;
        this.format = format;
        onOpen(e -> openList());
    }

    void refresh(boolean ruleOn) {
        try {
            int count = thisMonth().size();
            show(format.count(count), getTranslation("dashboard.card.autoDeactivated.detail"));
            setVisible(ruleOn || count > 0);
        } catch (StorageException e) {
            setVisible(false);
        }
    }

    private List<AutoDeactivated> thisMonth() {
        return rule.standingIn(YearMonth.from(calendar.today()));
    }

    private void openList() {
        Dialog dialog = new Dialog();
        dialog.setId("auto-deactivated-dialog");
        dialog.setHeaderTitle(getTranslation("dashboard.card.autoDeactivated"));
        dialog.setWidth("min(720px, 100vw)");
        Grid<AutoDeactivated> grid = new Grid<>();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        grid.addColumn(AutoDeactivated::clientName).setHeader(getTranslation("dashboard.autoDeactivated.client"))
                .setFlexGrow(2);
        grid.addColumn(d -> d.dueDate().format(day)).setHeader(getTranslation("dashboard.autoDeactivated.due"));
        grid.addColumn(d -> d.at().format(when)).setHeader(getTranslation("dashboard.autoDeactivated.at"));
        grid.addComponentColumn(d -> {
            Button undo = new Button(getTranslation("clients.deactivation.undo"), e -> undo(d, grid, dialog));
            undo.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return undo;
        });
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        List<AutoDeactivated> entries = thisMonth();
        grid.setItems(entries);
        dialog.add(entries.isEmpty() ? new Paragraph(getTranslation("dashboard.autoDeactivated.none")) : grid);
        dialog.getFooter().add(new Button(getTranslation("clients.action.close"), e -> dialog.close()));
        dialog.open();
    }

    private void undo(AutoDeactivated entry, Grid<AutoDeactivated> grid, Dialog dialog) {
        try {
            rule.undo(entry.id());
            Notices.success(getTranslation("clients.deactivation.undone.toast", entry.clientName()));
        } catch (ClientException | StorageException e) {
            Notices.error(getTranslation("clients.deactivation.error.undo"));
        }
        List<AutoDeactivated> left = thisMonth();
        grid.setItems(left);
        if (left.isEmpty()) {
            dialog.close();
        }
    }
}
