package com.botclientemanager.reports.ui;

import com.botclientemanager.reports.ReportLine;
import com.botclientemanager.reports.ReportList;
import com.botclientemanager.reports.ReportService;
import com.botclientemanager.ui.UiFormat;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;

/** The clients or payments behind a figure or a chart bar, with how many there are and their sum. */
class ReportListDialog extends Dialog {

    ReportListDialog(String title, ReportList list, boolean showsPaid, UiFormat format, ReportCharts names) {
        setHeaderTitle(title);
        setId("report-list");
        addClassNames("report-list-dialog");
        setWidth("min(760px, 100vw)");
        Paragraph summary = new Paragraph(getTranslation("reports.list.summary", list.total(),
                format.money(list.sum())));
        summary.setId("report-list-summary");
        add(summary);
        if (list.truncated()) {
            add(new Paragraph(getTranslation("reports.list.truncated", format.count(ReportService.MAX_LINES))));
        }
        Grid<ReportLine> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // the plan goes under the name, so date, amount and status still fit on a 390 px phone
        grid.addColumn(LitRenderer.<ReportLine>of(
                        "<div>${item.name}</div><small style='color: var(--lumo-secondary-text-color)'>${item.plan}</small>")
                        .withProperty("name", line -> line.clientName() == null ? getTranslation("reports.list.deleted")
                                : line.clientName())
                        .withProperty("plan", line -> names.planName(line.plan())))
                .setHeader(getTranslation("reports.list.client")).setFlexGrow(2);
        grid.addColumn(line -> format.date(line.date())).setHeader(getTranslation("reports.list.date")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(line -> line.amount() == null ? "" : format.money(line.amount()))
                .setHeader(getTranslation("reports.list.amount")).setAutoWidth(true).setFlexGrow(0);
        if (showsPaid) {
            grid.addColumn(line -> getTranslation(Boolean.TRUE.equals(line.paid()) ? "reports.list.paid" : "reports.list.unpaid"))
                    .setHeader(getTranslation("reports.list.situation")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(list.lines());
        grid.setHeight("min(60vh, 480px)");
        grid.setEmptyStateText(getTranslation("reports.list.empty"));
        add(grid);
        Button close = new Button(getTranslation("reports.list.close"), e -> close());
        close.setId("report-list-close");
        getFooter().add(close);
    }
}
