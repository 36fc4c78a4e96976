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
    private boolean compact;
    private Consumer<Boolean> compactListener = phoneWidth -> { };
    private Registration resize;

    ClientGrid(ClientQuery query, PhoneNumbers phones, Actions actions) {
        this.query = query;
        this.phones = phones;
        this.actions = actions;
        setId("clients-grid");
        addClassName("clients-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setSelectionMode(SelectionMode.MULTI);
        setMinHeight("420px");

        // who must pay first: due date and status next to the name, so a narrow screen cuts the less urgent columns;
        // a fixed start width that grows, as an auto width follows the longest name
        columns.add(addColumn(Client::name).setHeader(getTranslation("clients.column.name")).setSortProperty("NAME")
                .setWidth("11rem").setFlexGrow(1).setKey("name"));
        columns.add(addColumn(c -> Formats.date(c.dueDate(), getLocale())).setHeader(getTranslation("clients.column.due-date"))
                .setSortProperty("DUE_DATE").setAutoWidth(true).setFlexGrow(0));
        columns.add(addColumn(ClientCells.status(query::statusOf, this::getTranslation)).setHeader(getTranslation("clients.column.status"))
                .setSortProperty("STATUS").setAutoWidth(true).setFlexGrow(0));
        columns.add(addColumn(c -> phones.format(c.phone())).setHeader(getTranslation("clients.column.phone"))
                .setSortProperty("PHONE").setAutoWidth(true).setFlexGrow(0));
        columns.add(addColumn(this::service).setHeader(getTranslation("clients.column.service")).setSortProperty("SERVICE")
                .setAutoWidth(true).setFlexGrow(0));
        columns.add(addColumn(Client::planName).setHeader(getTranslation("clients.column.plan")).setSortProperty("PLAN")
                .setAutoWidth(true));
        columns.add(addColumn(c -> Formats.price(c.value(), getLocale())).setHeader(getTranslation("clients.column.value"))
                .setSortProperty("VALUE").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0));
        columns.add(addColumn(c -> getTranslation(c.remindersEnabled() ? "clients.reminders.on" : "clients.reminders.off"))
                .setHeader(getTranslation("clients.column.reminders")).setSortProperty("REMINDERS").setAutoWidth(true)
                .setFlexGrow(0));
        Column<Client> rowActions = addColumn(ClientCells.actions(actions, this::getTranslation)).setHeader(getTranslation("clients.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        rowActions.setFrozenToEnd(true);
        columns.add(rowActions);
        cards = addColumn(ClientCells.card(query::statusOf, this::getTranslation, c -> phones.format(c.phone()),
                c -> String.join(" · ", nonBlank(c.planName(), service(c)), Formats.price(c.value(), getLocale())),
                c -> getTranslation("clients.card.due", Formats.date(c.dueDate(), getLocale())), actions)).setKey("card").setHeader(getTranslation("clients.column.name"))
                .setSortProperty("NAME");
        cards.setVisible(false);
        addItemDoubleClickListener(e -> actions.edit().accept(e.getItem()));
        rowMenu(actions);
    }

    /** Called with true when the grid switches to cards, false when back to columns. */
    void onCompactChange(Consumer<Boolean> listener) {
        compactListener = listener;
    }

    boolean isCompact() {
        return compact;
    }

    /** Switches between columns and cards as the browser window crosses the phone width. */
    void followWidth(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> setCompact(details.getWindowInnerWidth() <= ClientsView.PHONE_WIDTH));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
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
        setSelectionMode(phoneWidth ? SelectionMode.NONE : SelectionMode.MULTI);
        getElement().setAttribute("compact", phoneWidth);
        compactListener.accept(phoneWidth);
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

    private String service(Client client) {
        ServiceType type = ServiceType.of(client.service());
        return type == ServiceType.OTHER ? client.service() : getTranslation(type.messageKey());
    }

    private static String nonBlank(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
