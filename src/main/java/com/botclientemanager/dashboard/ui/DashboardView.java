package com.botclientemanager.dashboard.ui;

import com.botclientemanager.dashboard.DashboardFigures;
import com.botclientemanager.dashboard.DashboardService;
import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.MainLayout;
import com.botclientemanager.ui.chart.Chart;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** The first page after login: who must pay, what came in, and whether reminders are working; live. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class DashboardView extends AppPage {

    private final DashboardService dashboard;
    private final LiveDashboards live;
    private final DashboardFormat format;
    private final StatCard active;
    private final StatCard dueSoon;
    private final StatCard dueToday;
    private final StatCard overdue;
    private final StatCard expected;
    private final StatCard received;
    private final StatCard messages;
    private final Chart revenueChart = new Chart();
    private final Chart servicesChart = new Chart();
    private final Chart dueChart = new Chart();
    private final Chart messagesChart = new Chart();
    private Registration liveRegistration;

    public DashboardView(DashboardService dashboard, LiveDashboards live) {
        super("dashboard.title", "dashboard.description");
        this.dashboard = dashboard;
        this.live = live;
        this.format = new DashboardFormat(getLocale());
        active = card("card-active", "dashboard.card.active", "primary", "clients", "status", "all");
        dueSoon = card("card-due-soon", "dashboard.card.dueSoon", "warning", "clients", "status", "due-soon");
        dueToday = card("card-due-today", "dashboard.card.dueToday", "primary", "clients", "status", "due-today");
        overdue = card("card-overdue", "dashboard.card.overdue", "error", "clients", "status", "overdue");
        expected = card("card-expected", "dashboard.card.expected", "contrast", "clients", null, null);
        received = card("card-received", "dashboard.card.received", "success", "clients", null, null);
        messages = card("card-messages", "dashboard.card.messages", "contrast", "messages", null, null);
        Div cards = new Div(active, dueSoon, dueToday, overdue, expected, received, messages);
        cards.addClassNames("stat-cards");
        Div charts = new Div(
                chartBox("dashboard.chart.revenue", revenueChart), chartBox("dashboard.chart.services", servicesChart),
                chartBox("dashboard.chart.due", dueChart), chartBox("dashboard.chart.messages", messagesChart));
        charts.addClassNames("chart-grid");
        add(cards, charts);
        refresh();
    }

    private StatCard card(String id, String labelKey, String tone, String route, String parameter, String value) {
        StatCard card = new StatCard(id, getTranslation(labelKey), tone);
        card.onOpen(e -> UI.getCurrent().navigate(route, parameter == null ? QueryParameters.empty()
                : QueryParameters.simple(Map.of(parameter, value))));
        return card;
    }

    private Div chartBox(String titleKey, Chart chart) {
        H3 title = new H3(getTranslation(titleKey));
        title.addClassNames("chart-title");
        Div box = new Div(title, chart);
        box.addClassNames("chart-box");
        return box;
    }

    void refresh() {
        DashboardFigures figures = dashboard.figures();
        active.show(format.count(figures.activeClients()), null);
        dueSoon.show(format.count(figures.dueSoon()), null);
        dueToday.show(format.count(figures.dueToday()), null);
        overdue.show(format.count(figures.overdue()), format.money(figures.overdueAmount()));
        expected.show(format.money(figures.expectedThisMonth()), null);
        received.show(format.money(figures.receivedThisMonth()), null);
        messages.show(format.count(figures.messagesSentToday()),
                getTranslation("dashboard.card.messages.failed", figures.messagesFailedToday()));
        DashboardCharts charts = new DashboardCharts(format, this::getTranslation);
        revenueChart.setSpec(charts.revenue(figures));
        servicesChart.setSpec(charts.services(figures));
        dueChart.setSpec(charts.dueNext30Days(figures));
        messagesChart.setSpec(charts.messages(figures));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        liveRegistration = live.register(() -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
    }
}
