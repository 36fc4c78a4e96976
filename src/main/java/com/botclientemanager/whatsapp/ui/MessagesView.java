package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.AppTimes;
import com.botclientemanager.ui.MainLayout;
import com.botclientemanager.whatsapp.LoggedMessage;
import com.botclientemanager.whatsapp.MessageFilter;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.MessageLogLinks;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.MessageStatusChanged;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/** The log of every message: newest first, filters, status chips, details with the timeline, and resend. */
@Route(value = "messages", layout = MainLayout.class)
@PermitAll
public class MessagesView extends AppPage implements BeforeEnterObserver {

    /** {@code /messages?client=<id>} shows one client's messages (the clients page links here). */
    public static final String CLIENT_PARAMETER = MessageLogLinks.CLIENT;

    static final int PAGE_SIZE = 50;

    private final MessageLog log;
    private final MessagingService messaging;
    private final LiveUpdates liveUpdates;
    private final AppTimes times;
    private final Grid<LoggedMessage> grid = new Grid<>();
    private final MultiSelectComboBox<MessageStatus> statuses = new MultiSelectComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField client = new TextField();
    private final Button clear = new Button();
    private Registration subscription;
    private String clientId;

    public MessagesView(MessageLog log, MessagingService messaging, LiveUpdates liveUpdates, AppTimes times) {
        super("messages.title", "messages.description");
        this.times = times;
        this.log = log;
        this.messaging = messaging;
        this.liveUpdates = liveUpdates;
        setSizeFull();
        add(filters());
        configureGrid();
        add(grid);
    }

    private Component filters() {
        statuses.setLabel(getTranslation("messages.filter.status"));
        statuses.setItems(Arrays.asList(MessageStatus.values()));
        statuses.setItemLabelGenerator(status -> getTranslation(status.labelKey()));
        statuses.setId("filter-status");
        statuses.setClearButtonVisible(true);
        from.setLabel(getTranslation("messages.filter.from"));
        from.setId("filter-from");
        from.setClearButtonVisible(true);
        to.setLabel(getTranslation("messages.filter.to"));
        to.setId("filter-to");
        to.setClearButtonVisible(true);
        client.setLabel(getTranslation("messages.filter.client"));
        client.setPlaceholder(getTranslation("messages.filter.client.placeholder"));
        client.setValueChangeMode(ValueChangeMode.LAZY);
        client.setClearButtonVisible(true);
        client.setId("filter-client");
        statuses.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        client.addValueChangeListener(e -> refresh());
        clear.setText(getTranslation("messages.filter.clear"));
        clear.setId("filter-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> UI.getCurrent().navigate(MessagesView.class));
        clear.getStyle().set("align-self", "flex-end");
        FlexLayout bar = new FlexLayout(statuses, from, to, client, clear);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        return bar;
    }

    private void configureGrid() {
        grid.setId("messages-grid");
        grid.setPageSize(PAGE_SIZE);
        grid.addColumn(m -> times.dateTime(m.createdAt(), getLocale())).setHeader(getTranslation("messages.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.clientName() == null ? "+" + m.phone() : m.clientName())
                .setHeader(getTranslation("messages.column.client")).setAutoWidth(true);
        grid.addColumn(m -> kindLabel(m.kind())).setHeader(getTranslation("messages.column.kind")).setAutoWidth(true);
        grid.addComponentColumn(this::statusChip).setHeader(getTranslation("messages.column.status")).setAutoWidth(true);
        grid.addColumn(m -> preview(m.text())).setHeader(getTranslation("messages.column.text")).setFlexGrow(1);
        grid.addComponentColumn(this::resendButton).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> log.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> log.count(filter()));
        grid.addItemClickListener(e -> new MessageDetails(log, e.getItem(), times).open());
        grid.setEmptyStateText(getTranslation("messages.empty"));
        grid.setSizeFull();
    }

    private MessageFilter filter() {
        return new MessageFilter(statuses.getSelectedItems(), from.getValue(), to.getValue(), client.getValue(), clientId,
                times.zone());
    }

    private String kindLabel(String kind) {
        String key = "messages.kind." + kind.toLowerCase(java.util.Locale.ROOT);
        String label = getTranslation(key);
        return label == null || label.contains(key) ? kind : label;
    }

    Span statusChip(LoggedMessage message) {
        Span chip = new Span(getTranslation(message.status().labelKey()));
        String theme = switch (message.status()) {
            case SENT, DELIVERED, READ -> "badge success";
            case FAILED -> "badge error";
            case MISSED -> "badge contrast";
            default -> "badge";
        };
        chip.getElement().getThemeList().addAll(Arrays.asList(theme.split(" ")));
        chip.addClassNames("message-status", "status-" + message.status().name().toLowerCase());
        return chip;
    }

    private Component resendButton(LoggedMessage message) {
        if (message.status() != MessageStatus.FAILED && message.status() != MessageStatus.MISSED) {
            return new Span();
        }
        Button resend = new Button(getTranslation(message.status() == MessageStatus.MISSED ? "messages.sendNow" : "messages.resend"));
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        resend.addClassNames("resend");
        resend.addClickListener(e -> {
            String key = messaging.resend(message.id()).map(outcome -> "messages.resend." + outcome.name().toLowerCase())
                    .orElse("messages.resend.not-failed");
            Notices.info(getTranslation(key));
            refresh();
        });
        return resend;
    }

    private static String preview(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80) + "…";
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        clear.setVisible(clientId != null || !statuses.isEmpty() || !from.isEmpty() || !to.isEmpty()
                || !client.isEmpty());
    }

    /** The filters in the address (links from the dashboard and the clients page); unknown values are ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        clientId = parameters.getSingleParameter(CLIENT_PARAMETER).filter(id -> !id.isBlank()).orElse(null);
        statuses.setValue(parameters.getSingleParameter(MessageLogLinks.STATUS).map(MessageLogLinks::statuses)
                .orElse(Set.of()));
        LocalDate day = parameters.getSingleParameter(MessageLogLinks.DAY)
                .flatMap(value -> MessageLogLinks.day(value, log.today())).orElse(null);
        from.setValue(day);
        to.setValue(day);
        client.clear();
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        subscription = liveUpdates.subscribe(event.getUI(), changes -> {
            if (changes.stream().anyMatch(MessageStatusChanged.class::isInstance)) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
        }
    }
}
