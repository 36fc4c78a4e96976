package com.botclientemanager.reports.ui;

import com.botclientemanager.clients.ClientsChanged;
import com.botclientemanager.clients.PaymentRecorded;
import com.botclientemanager.clients.PaymentUndone;
import com.botclientemanager.reports.ReportCsv;
import com.botclientemanager.reports.ReportFigure;
import com.botclientemanager.reports.ReportFigures;
import com.botclientemanager.reports.ReportFilter;
import com.botclientemanager.reports.ReportGroups;
import com.botclientemanager.reports.ReportSelection;
import com.botclientemanager.reports.ReportService;
import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.LiveUpdates;
import com.botclientemanager.ui.MainLayout;
import com.botclientemanager.ui.StatCard;
import com.botclientemanager.ui.UiFormat;
import com.botclientemanager.ui.chart.Chart;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** "Relatórios": revenue, renewals and churn over 12 or 24 months; every figure and bar opens the list behind it. */
@Route(value = "reports", layout = MainLayout.class)
@PermitAll
public class ReportsView extends AppPage {

    private static final String ALL = "*";

    private final ReportService reports;
    private final LiveUpdates live;
    private final UiFormat format;
    private final ReportCharts charts;
    private final Select<Integer> months = new Select<>();
    private final Select<String> service = new Select<>();
    private final Select<String> plan = new Select<>();
    private final StatCard received;
    private final StatCard expected;
    private final StatCard renewals;
    private final StatCard newClients;
    private final StatCard churn;
    private final StatCard rate;
    private final StatCard average;
    private final Chart revenueChart = new Chart();
    private final Chart plansChart = new Chart();
    private final Chart movementChart = new Chart();
    private final Chart rateChart = new Chart();
    private ReportFilter filter = ReportFilter.lastYear();
    private ReportFigures figures;
    private Registration liveRegistration;

    public ReportsView(ReportService reports, LiveUpdates live) {
        super("reports.title", "reports.description");
        this.reports = reports;
        this.live = live;
        this.format = new UiFormat(getLocale());
        this.charts = new ReportCharts(format, this::getTranslation);
        addClassNames("reports-view");
        received = card("card-received", "reports.card.received", "success", null, ReportFigure.RECEIVED);
        expected = card("card-expected", "reports.card.expected", "contrast", null, ReportFigure.EXPECTED);
        renewals = card("card-renewals", "reports.card.renewals", "primary", null, ReportFigure.RECEIVED);
        newClients = card("card-new", "reports.card.new", "primary", null, ReportFigure.NEW_CLIENTS);
        churn = card("card-churn", "reports.card.churn", "error",
                getTranslation("reports.card.churn.definition", reports.churnDays()), ReportFigure.CHURN);
        rate = card("card-rate", "reports.card.rate", "warning", getTranslation("reports.card.rate.definition"),
                ReportFigure.RENEWAL_RATE);
        average = card("card-average", "reports.card.average", "success",
                getTranslation("reports.card.average.definition"), ReportFigure.AVERAGE);
        Div cardGrid = new Div(received, expected, renewals, newClients, churn, rate, average);
        cardGrid.addClassNames("stat-cards");
        Div chartGrid = new Div(chartBox("reports.chart.revenue", revenueChart), chartBox("reports.chart.plans", plansChart),
                chartBox("reports.chart.movement", movementChart), chartBox("reports.chart.rate", rateChart));
        chartGrid.addClassNames("chart-grid");
        add(filters(), cardGrid, chartGrid);
        revenueChart.addBarClickListener((m, s) -> open(new ReportSelection(ReportFigure.RECEIVED, month(m),
                ReportGroups.SERVICES.get(s), null)));
        plansChart.addBarClickListener((p, s) -> open(new ReportSelection(ReportFigure.RECEIVED, null, null,
                List.copyOf(figures.receivedByPlan().keySet()).get(p))));
        movementChart.addBarClickListener((m, s) -> open(ReportSelection.of(
                List.of(ReportFigure.NEW_CLIENTS, ReportFigure.RECEIVED, ReportFigure.CHURN).get(s)).inMonth(month(m))));
        rateChart.addBarClickListener((m, s) -> open(ReportSelection.of(ReportFigure.RENEWAL_RATE).inMonth(month(m))));
        refresh();
    }

    private Div filters() {
        months.setId("filter-months");
        months.setLabel(getTranslation("reports.filter.period"));
        months.setItems(12, 24);
        months.setItemLabelGenerator(n -> getTranslation("reports.filter.months", n));
        months.setValue(filter.months());
        months.addValueChangeListener(e -> apply(filter.withMonths(e.getValue())));
        service.setId("filter-service");
        service.setLabel(getTranslation("reports.filter.service"));
        List<String> services = new ArrayList<>(List.of(ALL));
        services.addAll(ReportGroups.SERVICES);
        service.setItems(services);
        service.setItemLabelGenerator(s -> s.equals(ALL) ? getTranslation("reports.filter.all-services") : charts.serviceName(s));
        service.setValue(ALL);
        service.addValueChangeListener(e -> apply(filter.withService(ALL.equals(e.getValue()) ? null : e.getValue())));
        plan.setId("filter-plan");
        plan.setLabel(getTranslation("reports.filter.plan"));
        plan.setItemLabelGenerator(p -> p.equals(ALL) ? getTranslation("reports.filter.all-plans") : charts.planName(p));
        plan.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply(filter.withPlan(ALL.equals(e.getValue()) ? null : e.getValue()));
            }
        });
        Anchor csv = new Anchor(csv(), getTranslation("reports.export.csv"));
        csv.setId("export-csv");
        csv.addClassName("export-link");
        Div row = new Div(months, service, plan, csv);
        row.addClassNames("report-filters");
        return row;
    }

    private DownloadHandler csv() {
        return event -> {
            ReportFigures shown = reports.figures(filter);
            event.setFileName("relatorio-" + shown.today() + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                ReportCsv.write(shown, format.locale(), this::getTranslation, out);
            } catch (IOException e) {
                event.getResponse().setStatus(500);
            }
        };
    }

    private StatCard card(String id, String labelKey, String tone, String definition, ReportFigure figure) {
        StatCard card = new StatCard(id, getTranslation(labelKey), tone);
        card.onOpen(e -> open(ReportSelection.of(figure)));
        if (definition != null) {
            card.define(definition);
        }
        return card;
    }

    private Div chartBox(String titleKey, Chart chart) {
        H3 title = new H3(getTranslation(titleKey));
        title.addClassNames("chart-title");
        Div box = new Div(title, chart);
        box.addClassNames("chart-box");
        return box;
    }

    private YearMonth month(int index) {
        return figures.months().get(index).month();
    }

    private void apply(ReportFilter newFilter) {
        filter = newFilter;
        refresh();
    }

    void refresh() {
        figures = reports.figures(filter);
        received.show(format.money(figures.received()), getTranslation("reports.card.months", filter.months()));
        expected.show(format.money(figures.expectedNext30Days()),
                getTranslation("reports.card.expected.detail", figures.expectedClients()));
        renewals.show(format.count(figures.renewals()), getTranslation("reports.card.months", filter.months()));
        newClients.show(format.count(figures.newClients()), getTranslation("reports.card.months", filter.months()));
        churn.show(format.count(figures.churned()), getTranslation("reports.card.churn.detail", reports.churnDays()));
        int due = figures.months().stream().mapToInt(m -> m.dueClients()).sum();
        int paid = figures.months().stream().mapToInt(m -> m.renewedClients()).sum();
        rate.show(format.percent(figures.renewalRate()),
                getTranslation("reports.card.rate.detail", format.count(paid), format.count(due)));
        average.show(format.money(figures.averagePerClient()),
                getTranslation("reports.card.average.detail", figures.payingClients()));
        List<String> plans = new ArrayList<>(List.of(ALL, ReportFilter.NO_PLAN));
        plans.addAll(figures.plans());
        if (filter.plan() != null && !plans.contains(filter.plan())) {
            plans.add(filter.plan());
        }
        plan.setItems(plans);
        plan.setValue(filter.plan() == null ? ALL : filter.plan());
        revenueChart.setSpec(charts.revenue(figures));
        plansChart.setSpec(charts.plans(figures));
        movementChart.setSpec(charts.movement(figures));
        rateChart.setSpec(charts.renewalRate(figures));
    }

    private void open(ReportSelection selection) {
        String title = getTranslation("reports.list.title." + selection.figure().name().toLowerCase(java.util.Locale.ROOT));
        if (selection.month() != null) {
            title += " · " + format.month(selection.month());
        }
        if (selection.service() != null) {
            title += " · " + charts.serviceName(selection.service());
        }
        if (selection.plan() != null) {
            title += " · " + charts.planName(selection.plan());
        }
        new ReportListDialog(title, reports.list(filter, selection), selection.figure() == ReportFigure.RENEWAL_RATE,
                format, charts).open();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        liveRegistration = live.subscribe(event.getUI(), batch -> refresh(), ClientsChanged.class, PaymentRecorded.class,
                PaymentUndone.class);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
    }
}
