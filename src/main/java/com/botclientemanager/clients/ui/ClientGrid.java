package com.botclientemanager.clients.ui;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientQuery;
import com.botclientemanager.clients.PhoneNumbers;
import com.botclientemanager.clients.ServiceType;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The clients as grid rows with sortable columns, or (window width at most {@link ClientsView#PHONE_WIDTH}) as one card
 * per client. Client data is only ever rendered as text, never as HTML.
 */
class ClientGrid extends Grid<Client> {

    record Actions(Consumer<Client> pay, Consumer<Client> edit, Consumer<Client> history, Consumer<Client> delete,
            Consumer<Client> send) {
    }

    private final ClientQuery query;
    private final PhoneNumbers phones;
    private final Actions actions;
    private final List<Column<Client>> columns = new ArrayList<>();
    private final Column<Client> cards;
    private final Column<Client> due;
    private final Column<Client> status;
    private final Column<Client> phone;
    private boolean compact;
    private Fit fit;
    private Registration resize;

    private final java.util.function.Predicate<Client> optedOut;

    /** The side navigation and the page's margins beside the grid (measured at 1280 to 1720 px). */
    private static final double DRAWER_AND_MARGINS_REM = 19;

    /** A Brazilian mobile number, the longest kind the phone column shows. */
    private static final String WIDEST_PHONE = "+5511988880000";

    ClientGrid(ClientQuery query, PhoneNumbers phones, Actions actions, Function<Client, List<String>> unfilled,
            java.util.function.Predicate<Client> optedOut) {
        this.optedOut = optedOut;
        this.query = query;
        this.phones = phones;
        this.actions = actions;
        setId("clients-grid");
        addClassName("clients-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setSelectionMode(SelectionMode.MULTI);
        setMinHeight("420px");

        // who must pay first: due date and status next to the name. Widths follow the longest text a cell can hold
        // (not the rows loaded first; no column is measured in the browser, which laid out every row once more), and
        // as the grid narrows the less urgent columns fold into a neighbour's second line (service under plan, then
        // phone under name and status under the due date) instead of being cut. Each row carries both lines; the
        // grid's "folded" attribute shows or hides the second one, so a change of fit sends no row again.
        columns.add(addColumn(flags(ClientCells.nameAndPhone(c -> phones.format(c.phone()))
                .withFunction("pay", actions.pay()::accept), unfilled))
                .setHeader(getTranslation("clients.column.name")).setSortProperty("NAME").setWidth("9rem").setFlexGrow(1)
                .setKey("name"));
        due = addColumn(ClientCells.dueAndStatus(query::statusOf, this::getTranslation, c -> Formats.date(c.dueDate(), getLocale())))
                .setHeader(getTranslation("clients.column.due-date")).setSortProperty("DUE_DATE")
                .setFlexGrow(0).setKey("due");
        status = addColumn(ClientCells.status(query::statusOf, this::getTranslation)).setHeader(getTranslation("clients.column.status"))
                .setSortProperty("STATUS").setWidth(fitting("clients.column.status", statusLabels())).setFlexGrow(0).setKey("status");
        columns.add(due);
        columns.add(status);
        phone = addColumn(c -> phones.format(c.phone())).setHeader(getTranslation("clients.column.phone"))
                .setSortProperty("PHONE").setWidth(fitting("clients.column.phone", List.of(phones.format(WIDEST_PHONE))))
                .setFlexGrow(0).setKey("phone");
        columns.add(phone);
        columns.add(addColumn(ClientCells.planAndService(Client::planName, this::serviceAndServer))
                .setHeader(getTranslation("clients.column.plan")).setSortProperty("PLAN").setWidth("7rem").setFlexGrow(1)
                .setKey("plan"));
        columns.add(addColumn(c -> Formats.price(c.value(), getLocale())).setHeader(getTranslation("clients.column.value"))
                .setSortProperty("VALUE").setTextAlign(ColumnTextAlign.END)
                .setWidth(fitting("clients.column.value", List.of(Formats.price(ClientCells.LARGEST_PRICE, getLocale()))))
                .setFlexGrow(0).setKey("value"));
        columns.add(addColumn(c -> getTranslation(c.remindersEnabled() ? "clients.reminders.on" : "clients.reminders.off"))
                .setHeader(getTranslation("clients.column.reminders")).setSortProperty("REMINDERS")
                .setWidth(fitting("clients.column.reminders", List.of(getTranslation("clients.reminders.on"),
                        getTranslation("clients.reminders.off"))))
                .setFlexGrow(0).setKey("reminders"));
        Column<Client> rowActions = addColumn(ClientCells.actions(actions, this::getTranslation)).setHeader(getTranslation("clients.column.actions"))
                .setWidth(RowButtons.FOUR_BUTTONS_WIDTH).setFlexGrow(0).setKey("actions");
        rowActions.setFrozenToEnd(true);
        columns.add(rowActions);
        cards = addColumn(flags(ClientCells.card(query::statusOf, this::getTranslation, c -> phones.format(c.phone()),
                c -> String.join(" · ", nonBlank(c.planName(), serviceAndServer(c)), Formats.price(c.value(), getLocale())),
                c -> getTranslation("clients.card.due", Formats.date(c.dueDate(), getLocale())), actions), unfilled)).setKey("card").setHeader(getTranslation("clients.column.name"))
                .setSortProperty("NAME");
        cards.setVisible(false);
        addItemDoubleClickListener(e -> actions.edit().accept(e.getItem()));
        rowMenu(actions);
        applyFit(Fit.WIDE);
        WidthSteps.follow(this, step -> applyFit(Fit.values()[step]), Fit.WIDE.fromRem);
    }

    /** How much room the grid has, by its own width (the side navigation open or not). */
    enum Fit {
        /** Phone under the name, status under the due date, service under the plan. */
        FOLDED(0),
        /** Every column on its own but the service, shown under the plan. */
        WIDE(84);

        final double fromRem;

        Fit(double fromRem) {
            this.fromRem = fromRem;
        }
    }

    private void applyFit(Fit newFit) {
        if (newFit == fit) {
            return;
        }
        fit = newFit;
        boolean folded = newFit != Fit.WIDE;
        if (!compact) {
            status.setVisible(!folded);
            phone.setVisible(!folded);
        }
        due.setWidth(folded ? fitting("clients.column.due-date", statusLabels()) : fitting("clients.column.due-date",
                List.of(Formats.date(java.time.LocalDate.of(2030, 12, 31), getLocale()))));
        getElement().setAttribute("folded", folded);
    }

    /**
     * The fit the grid will most likely have in a window this wide, decided before the first rows are sent: the
     * browser reports the grid's own width only after it has drawn them, and each change of fit draws them again.
     */
    private static Fit likelyFit(int windowWidth) {
        return windowWidth >= (Fit.WIDE.fromRem + DRAWER_AND_MARGINS_REM) * 16 ? Fit.WIDE : Fit.FOLDED;
    }

    /** A width that holds the header (with its sort arrow) and the longest of the texts, in the cell's own font. */
    private String fitting(String headerKey, List<String> texts) {
        int longest = getTranslation(headerKey).length() + 2;
        for (String text : texts) {
            longest = Math.max(longest, text.length() + 2);
        }
        return "calc(" + longest + "ch + 2 * var(--lumo-space-m))";
    }

    private List<String> statusLabels() {
        return java.util.Arrays.stream(com.botclientemanager.clients.ClientStatus.values())
                .map(s -> getTranslation(s.messageKey())).toList();
    }

    boolean isCompact() {
        return compact;
    }

    /**
     * Switches between columns and cards as the browser window crosses the phone width. The window's width is known
     * from the page's first request, so on opening the grid's first rows already come in the layout that fits.
     */
    void followWidth(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> {
            applyFit(likelyFit(details.getWindowInnerWidth()));
            setCompact(details.getWindowInnerWidth() <= ClientsView.PHONE_WIDTH);
        });
    }

    /**
     * The selection column's checkboxes are named "Select All" / "Select Row" by the web component, in English: name
     * them in the UI language, also for the checkboxes it creates later as rows scroll in.
     */
    private void translateSelectionLabels() {
        getElement().executeJs("""
                const column = this.querySelector('vaadin-grid-flow-selection-column');
                if (!column) { return; }
                // its checkbox has a known size: measuring the column laid out every row once more
                column.autoWidth = false;
                column.headerRenderer = (root, c) => {
                  column._defaultHeaderRenderer(root, c);
                  if (root.firstElementChild) { root.firstElementChild.accessibleName = $0; }
                };
                column.renderer = (root, c, model) => {
                  column._defaultRenderer(root, c, model);
                  if (root.firstElementChild) { root.firstElementChild.accessibleName = $1; }
                };""", getTranslation("clients.grid.select-all"), getTranslation("clients.grid.select-row"));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        translateSelectionLabels();
        resize = event.getUI().getPage().addBrowserWindowResizeListener(e -> setCompact(e.getWidth() <= ClientsView.PHONE_WIDTH));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) {
            resize.remove();
        }
        super.onDetach(event);
    }

    private void setCompact(boolean phoneWidth) {
        if (phoneWidth == compact) {
            return;
        }
        compact = phoneWidth;
        columns.forEach(c -> c.setVisible(!phoneWidth));
        cards.setVisible(phoneWidth);
        if (!phoneWidth) {
            status.setVisible(fit == Fit.WIDE);
            phone.setVisible(fit == Fit.WIDE);
        }
        getElement().setAttribute("compact", phoneWidth);
    }

    /** Histórico and Excluir: opened by a row's "⋮", a right click or a long press on a row. */
    private void rowMenu(Actions actions) {
        GridContextMenu<Client> menu = addContextMenu();
        menu.setDynamicContentHandler(client -> client != null);
        menu.addItem(getTranslation("clients.action.history"), e -> e.getItem().ifPresent(actions.history()))
                .getElement().getClassList().add("history-item");
        menu.addItem(getTranslation("clients.action.delete"), e -> e.getItem().ifPresent(actions.delete()))
                .getElement().getClassList().add("delete-item");
    }

    private com.vaadin.flow.data.renderer.LitRenderer<Client> flags(com.vaadin.flow.data.renderer.LitRenderer<Client> renderer,
            Function<Client, List<String>> unfilled) {
        return ClientFlags.withFlags(renderer, unfilled, optedOut, this::getTranslation,
                names -> getTranslation("clients.flag.unfilled", names));
    }

    /** The service, and the older bot's server after it when the client has one ("IPTV · UltraPlay"). */
    private String serviceAndServer(Client client) {
        String service = service(client);
        String text = client.server() == null || client.server().isBlank() ? service : service + " · " + client.server().strip();
        // a partial payment was made towards the current period: what is still owed shows beside the plan
        return client.billingOrNone().paid().signum() > 0 && client.value() != null
                ? text + " · " + getTranslation("clients.balance", Formats.price(client.balance(), getLocale())) : text;
    }

    private String service(Client client) {
        ServiceType type = ServiceType.of(client.service());
        return type == ServiceType.OTHER ? client.service() : getTranslation(type.messageKey());
    }

    private static String nonBlank(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
