package com.botclientemanager.whatsapp.ui;

import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.EmptyState;
import com.botclientemanager.ui.LiveUpdates;
import com.botclientemanager.ui.AppTimes;
import com.botclientemanager.ui.MainLayout;
import com.botclientemanager.whatsapp.LoggedMessage;
import com.botclientemanager.whatsapp.MessageFilter;
import com.botclientemanager.whatsapp.MessageKind;
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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The log of every message: newest first, filters, status chips, details with the timeline, and resend. */
@Route(value = "messages", layout = MainLayout.class)
@PermitAll
public class MessagesView extends AppPage implements BeforeEnterObserver {

    /** {@code /messages?client=<id>} shows one client's messages (the clients page links here). */
    public static final String CLIENT_PARAMETER = MessageLogLinks.CLIENT;

    static final int PAGE_SIZE = 50;
    /** At this window width or less, each message is a card and the filters fold behind one button. */
    static final int PHONE_WIDTH = 600;

    private final MessageLog log;
    private final MessagingService messaging;
    private final LiveUpdates liveUpdates;
    private final AppTimes times;
    private final Grid<LoggedMessage> grid = new Grid<>();
    private final MultiSelectComboBox<MessageStatus> statuses = new MultiSelectComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField client = new TextField();
    private final MultiSelectComboBox<MessageKind> kinds = new MultiSelectComboBox<>();
    private final Button clear = new Button();
    private final Span total = new Span();
    private final Button filtersToggle = new Button();
    private final Div filterBar = new Div();
    private final List<Grid.Column<LoggedMessage>> columns = new ArrayList<>();
    private Grid.Column<LoggedMessage> cards;
    private EmptyState emptyState;
    private boolean compact;
    private boolean filtersOpen;
    private Registration subscription;
    private Registration resize;
    private String clientId;

    public MessagesView(MessageLog log, MessagingService messaging, LiveUpdates liveUpdates, AppTimes times) {
        super("messages.title", "messages.description");
        this.times = times;
        this.log = log;
        this.messaging = messaging;
        this.liveUpdates = liveUpdates;
        setSizeFull();
        addClassName("messages-view");
        add(summary(), filters(), emptyState());
        configureGrid();
        add(grid);
    }

    /** The total of what the filters show, and on a phone the button that unfolds the filters. */
    private Component summary() {
        total.setId("messages-count");
        total.addClassNames("messages-count");
        filtersToggle.setId("filters-toggle");
        filtersToggle.setIcon(VaadinIcon.FILTER.create());
        filtersToggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        filtersToggle.addClickListener(e -> {
            filtersOpen = !filtersOpen;
            showLayout();
        });
        filtersToggle.setVisible(false);
        Div row = new Div(total, filtersToggle);
        row.addClassNames("messages-summary");
        return row;
    }

    /** With no message logged at all, the page says where messages come from and how to get the first one. */
    private Component emptyState() {
        Button toClients = new Button(getTranslation("messages.emptyState.clients"), VaadinIcon.USERS.create(),
                e -> UI.getCurrent().navigate("clients"));
        toClients.setId("messages-empty-clients");
        toClients.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button test = new Button(getTranslation("messages.emptyState.test"), VaadinIcon.PAPERPLANE.create(),
                e -> UI.getCurrent().navigate("whatsapp"));
        test.setId("messages-empty-test");
        emptyState = new EmptyState("messages-empty", getTranslation("messages.emptyState.title"),
                getTranslation("messages.emptyState.text")).withAction(toClients).withAction(test);
        emptyState.setVisible(false);
        return emptyState;
    }

    private Component filters() {
        statuses.setLabel(getTranslation("messages.filter.status"));
        statuses.setItems(Arrays.asList(MessageStatus.values()));
        statuses.setItemLabelGenerator(status -> getTranslation(status.labelKey()));
        statuses.setPlaceholder(getTranslation("messages.filter.all"));
        statuses.setId("filter-status");
        statuses.setClearButtonVisible(true);
        // chips wrap instead of folding into a bare "3": the dashboard's "sent today" link selects three statuses
        statuses.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
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
        kinds.setLabel(getTranslation("messages.filter.kind"));
        kinds.setItems(Arrays.asList(MessageKind.values()));
        kinds.setItemLabelGenerator(kind -> getTranslation(kind.labelKey()));
        kinds.setPlaceholder(getTranslation("messages.filter.all"));
        kinds.setId("filter-kind");
        kinds.setClearButtonVisible(true);
        kinds.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        kinds.addValueChangeListener(e -> refresh());
        statuses.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        client.addValueChangeListener(e -> refresh());
        clear.setText(getTranslation("messages.filter.clear"));
        clear.setId("filter-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> UI.getCurrent().navigate(MessagesView.class));
        clear.getStyle().set("align-self", "flex-end");
        filterBar.add(statuses, kinds, from, to, client, clear);
        filterBar.setId("messages-filters");
        filterBar.addClassNames("messages-filters");
        return filterBar;
    }

    private void configureGrid() {
        grid.setId("messages-grid");
        grid.setPageSize(PAGE_SIZE);
        // every column but the text keeps its width, so the text gets what the window has left
        columns.add(grid.addColumn(m -> times.dateTime(m.createdAt(), getLocale()))
                .setHeader(getTranslation("messages.column.time")).setAutoWidth(true).setFlexGrow(0));
        // the kind under the client's name: a column of its own took the width the text needs at 1280 px
        columns.add(grid.addComponentColumn(this::recipientAndKind).setHeader(getTranslation("messages.column.client"))
                .setWidth("12rem").setFlexGrow(0));
        columns.add(grid.addComponentColumn(m -> StatusChip.forGrid(m.status()))
                .setHeader(getTranslation("messages.column.status")).setWidth("8.5rem").setFlexGrow(0));
        columns.add(grid.addColumn(m -> preview(m.text())).setHeader(getTranslation("messages.column.text"))
                .setWidth("12rem").setFlexGrow(1).setKey("text"));
        columns.add(grid.addComponentColumn(this::resendButton).setAutoWidth(true).setFlexGrow(0));
        cards = grid.addComponentColumn(m -> MessageCard.of(m, times.dateTime(m.createdAt(), getLocale()), recipient(m),
                kindLabel(m.kind()), StatusChip.forCard(m.status()), resendButton(m), preview(m.text())))
                .setHeader(getTranslation("messages.column.text")).setKey("card");
        cards.setVisible(false);
        grid.setItems(query -> log.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> log.count(filter()));
        grid.addItemClickListener(e -> new MessageDetails(log, e.getItem(), times).open());
        grid.setEmptyStateText(getTranslation("messages.empty"));
        grid.setSizeFull();
    }

    private MessageFilter filter() {
        return new MessageFilter(statuses.getSelectedItems(), from.getValue(), to.getValue(), client.getValue(), clientId,
                times.zone(), kinds.getSelectedItems());
    }

    private Component recipientAndKind(LoggedMessage message) {
        Span name = new Span(recipient(message));
        name.addClassNames("message-client");
        Span kind = new Span(kindLabel(message.kind()));
        kind.addClassNames("message-kind");
        Div cell = new Div(name, kind);
        cell.addClassNames("message-client-cell");
        return cell;
    }

    private static String recipient(LoggedMessage message) {
        return message.clientName() == null ? "+" + message.phone() : message.clientName();
    }

    private String kindLabel(String kind) {
        String key = "messages.kind." + kind.toLowerCase(java.util.Locale.ROOT);
        String label = getTranslation(key);
        return label == null || label.contains(key) ? kind : label;
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

    /** The cell cuts what does not fit; a wide window shows this much. */
    private static final int PREVIEW = 300;

    private static String preview(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= PREVIEW ? oneLine : oneLine.substring(0, PREVIEW) + "…";
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        int active = (statuses.isEmpty() ? 0 : 1) + (kinds.isEmpty() ? 0 : 1) + (from.isEmpty() ? 0 : 1)
                + (to.isEmpty() ? 0 : 1) + (client.isEmpty() ? 0 : 1) + (clientId == null ? 0 : 1);
        clear.setVisible(active > 0);
        int shown = log.count(filter());
        total.setText(getTranslation("messages.count", shown));
        boolean none = shown == 0 && (active == 0 || log.count(MessageFilter.all()) == 0);
        emptyState.setVisible(none);
        grid.setVisible(!none);
        filtersToggle.setText(active == 0 ? getTranslation("messages.filters")
                : getTranslation("messages.filters.active", active));
    }

    /** Columns and open filters on a wide window; on a phone cards, and the filters behind their button. */
    private void setCompact(boolean phoneWidth) {
        compact = phoneWidth;
        columns.forEach(c -> c.setVisible(!phoneWidth));
        cards.setVisible(phoneWidth);
        grid.getElement().setAttribute("compact", phoneWidth);
        showLayout();
    }

    private void showLayout() {
        filtersToggle.setVisible(compact);
        filterBar.setVisible(!compact || filtersOpen);
        filtersToggle.getElement().setAttribute("aria-expanded", String.valueOf(!compact || filtersOpen));
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
        event.getUI().getPage().retrieveExtendedClientDetails(
                details -> setCompact(details.getWindowInnerWidth() <= PHONE_WIDTH));
        resize = event.getUI().getPage().addBrowserWindowResizeListener(e -> setCompact(e.getWidth() <= PHONE_WIDTH));
        subscription = liveUpdates.subscribe(event.getUI(), changes -> refresh(), MessageStatusChanged.class);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
        }
        if (resize != null) {
            resize.remove();
        }
    }
}
