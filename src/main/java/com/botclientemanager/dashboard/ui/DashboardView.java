package com.botclientemanager.dashboard.ui;

import com.botclientemanager.clients.AutoDeactivation;
import com.botclientemanager.clients.ClientCalendar;
import com.botclientemanager.clients.ClientFilter.StatusFilter;
import com.botclientemanager.clients.ClientSettingsService;
import com.botclientemanager.clients.ClientsChanged;
import com.botclientemanager.clients.PaymentRecorded;
import com.botclientemanager.clients.PaymentUndone;
import com.botclientemanager.dashboard.DashboardFigures;
import com.botclientemanager.dashboard.DashboardService;
import com.botclientemanager.dashboard.FirstRunChecklist;
import com.botclientemanager.dashboard.StatusLineService;
import com.botclientemanager.receipts.ReceiptAwaiting;
import com.botclientemanager.receipts.ReceiptService;
import com.botclientemanager.receipts.ReceiptsChanged;
import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.LiveUpdates;
import com.botclientemanager.ui.MainLayout;
import com.botclientemanager.ui.StatCard;
import com.botclientemanager.ui.UiFormat;
import com.botclientemanager.ui.chart.Chart;
import com.botclientemanager.whatsapp.ConnectionChanged;
import com.botclientemanager.whatsapp.MessageLogLinks;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.MessageStatusChanged;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The first page after login: who must pay, what came in, and whether reminders are working; live. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class DashboardView extends AppPage {

    private final DashboardService dashboard;
    private final StatusLineService status;
    private final LiveUpdates live;
    private final StatusLine statusLine;
    private final FirstRunPanel firstRun;
    private final UiFormat format;
    private final StatCard active;
    private final StatCard dueSoon;
    private final StatCard dueToday;
    private final StatCard overdue;
    private final StatCard expected;
    private final StatCard received;
    private final StatCard messagesSent;
    private final StatCard messagesFailed;
    private final AutoDeactivatedCard autoDeactivated;
    private final StatCard receiptsCard;
    private final ReceiptService receipts;
    private final ClientSettingsService clientSettings;
    private final Chart revenueChart = new Chart();
    private final Chart servicesChart = new Chart();
    private final Chart dueChart = new Chart();
    private final Chart messagesChart = new Chart();
    private Registration liveRegistration;

    public DashboardView(DashboardService dashboard, StatusLineService status, LiveUpdates live,
            FirstRunChecklist checklist, AutoDeactivation deactivations, ClientCalendar calendar,
            ClientSettingsService clientSettings, ReceiptService receipts) {
        super("dashboard.title", "dashboard.description");
        this.receipts = receipts;
        this.clientSettings = clientSettings;
        this.dashboard = dashboard;
        this.status = status;
        this.live = live;
        this.format = new UiFormat(getLocale());
        statusLine = new StatusLine(format);
        firstRun = new FirstRunPanel(checklist);
        active = card("card-active", "dashboard.card.active", "primary", clients(StatusFilter.ACTIVE));
        dueSoon = card("card-due-soon", "dashboard.card.dueSoonLabel", "warning", clients(StatusFilter.DUE_SOON));
        dueToday = card("card-due-today", "dashboard.card.dueToday", "primary", clients(StatusFilter.DUE_TODAY));
        overdue = card("card-overdue", "dashboard.card.overdue", "error", clients(StatusFilter.OVERDUE));
        // no list shows exactly these sums (there is no payments page), so these two cards open nothing
        expected = card("card-expected", "dashboard.card.expected", "contrast", null);
        received = card("card-received", "dashboard.card.received", "success", null);
        messagesSent = card("card-messages-sent", "dashboard.card.messagesSent", "contrast",
                messages(MessageLogLinks.SENT));
        messagesFailed = card("card-messages-failed", "dashboard.card.messagesFailed", "error",
                messages(MessageLogLinks.FAILED));
        autoDeactivated = new AutoDeactivatedCard(deactivations, calendar, format,
                getTranslation("dashboard.card.autoDeactivated"));
        receiptsCard = card("card-receipts", "dashboard.card.receipts", "success", new Link("receipts", Map.of()));
        Div cards = new Div(receiptsCard, active, dueSoon, dueToday, overdue, expected, received, messagesSent, messagesFailed,
                autoDeactivated);
        cards.addClassNames("stat-cards");
        Div charts = new Div(
                chartBox("dashboard.chart.revenue", revenueChart), chartBox("dashboard.chart.services", servicesChart),
                chartBox("dashboard.chart.due", dueChart), chartBox("dashboard.chart.messages", messagesChart));
        charts.addClassNames("chart-grid");
        add(statusLine, firstRun, cards, charts);
        refresh();
    }

    /** The client list with the chip of this card, e.g. {@code clients?status=due-soon}. */
    private static Link clients(StatusFilter status) {
        return new Link("clients", Map.of("status", status.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }

    /** Today's messages in the log with this status, e.g. {@code messages?status=failed&day=today}. */
    private static Link messages(String status) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(MessageLogLinks.STATUS, status);
        parameters.put(MessageLogLinks.DAY, MessageLogLinks.TODAY);
        return new Link(MessageLogLinks.ROUTE, parameters);
    }

    private StatCard card(String id, String labelKey, String tone, Link link) {
        StatCard card = new StatCard(id, getTranslation(labelKey), tone);
        if (link != null) {
            card.onOpen(e -> UI.getCurrent().navigate(link.route(), QueryParameters.simple(link.parameters())));
        }
        return card;
    }

    private record Link(String route, Map<String, String> parameters) {
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
        dueSoon.show(format.count(figures.dueSoon()),
                getTranslation("dashboard.card.dueSoon.days", figures.dueSoonDays()));
        dueToday.show(format.count(figures.dueToday()), null);
        overdue.show(format.count(figures.overdue()), format.money(figures.overdueAmount()));
        expected.show(format.money(figures.expectedThisMonth()), null);
        received.show(format.money(figures.receivedThisMonth()), null);
        int simulated = figures.messagesSimulatedToday();
        messagesSent.show(format.count(figures.messagesSentToday()),
                simulated == 0 ? null : getTranslation("dashboard.card.messagesSent.simulated", simulated));
        messagesFailed.show(format.count(figures.messagesFailedToday()), null);
        autoDeactivated.refresh(clientSettings.current().deactivateAfterDays() != null);
        int waiting = receipts.pendingCount();
        receiptsCard.show(format.count(waiting), getTranslation("dashboard.card.receipts.detail"));
        receiptsCard.setVisible(waiting > 0);
        statusLine.showNextReminder(status.nextReminder(), figures.today());
        statusLine.showQueue(status.queue());
        DashboardCharts charts = new DashboardCharts(format, this::getTranslation);
        revenueChart.setSpec(charts.revenue(figures));
        servicesChart.setSpec(charts.services(figures));
        dueChart.setSpec(charts.dueNext30Days(figures));
        messagesChart.setSpec(charts.messages(figures));
        firstRun.refresh();
    }

    /** Asks the provider off the request thread (it may be slow) and shows the answer when it comes. */
    private void checkConnection(UI ui) {
        CompletableFuture.supplyAsync(status::whatsapp).thenAccept(connection -> {
            try {
                ui.access(() -> {
                    statusLine.showConnection(connection);
                    firstRun.showConnection(connection);
                });
            } catch (UIDetachedException closed) {
                // the dashboard was closed meanwhile
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // a batch of reminders changes the figures several times a second: refresh and ask the provider once per batch;
        // WhatsApp is checked again when its link changed, or a message failed (maybe because of it)
        liveRegistration = live.subscribe(ui, batch -> {
            if (batch.stream().anyMatch(change -> !(change instanceof ConnectionChanged))) {
                refresh();
            }
            if (batch.stream().anyMatch(change -> change instanceof ConnectionChanged
                    || change instanceof MessageStatusChanged message && message.status() == MessageStatus.FAILED)) {
                checkConnection(ui);
            }
        }, ClientsChanged.class, PaymentRecorded.class, PaymentUndone.class, MessageStatusChanged.class,
                ConnectionChanged.class, ReceiptAwaiting.class, ReceiptsChanged.class);
        checkConnection(ui);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveRegistration != null) {
            liveRegistration.remove();
            liveRegistration = null;
        }
    }
}
