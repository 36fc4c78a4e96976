package com.botclientemanager.clients.ui;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientQuery;
import com.botclientemanager.clients.ClientStatus;
import com.botclientemanager.clients.PhoneNumbers;
import com.botclientemanager.clients.ServiceType;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
        columns.add(addComponentColumn(this::badge).setHeader(getTranslation("clients.column.status"))
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
        Column<Client> rowActions = addComponentColumn(this::rowActions).setHeader(getTranslation("clients.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        rowActions.setFrozenToEnd(true);
        columns.add(rowActions);
        cards = addComponentColumn(this::card).setKey("card").setHeader(getTranslation("clients.column.name"))
                .setSortProperty("NAME");
        cards.setVisible(false);
        addItemDoubleClickListener(e -> actions.edit().accept(e.getItem()));
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

    private String service(Client client) {
        ServiceType type = ServiceType.of(client.service());
        return type == ServiceType.OTHER ? client.service() : getTranslation(type.messageKey());
    }

    private Span badge(Client client) {
        ClientStatus status = query.statusOf(client);
        return StatusBadge.of(status, getTranslation(status.messageKey()));
    }

    private Component rowActions(Client client) {
        // icons only in the row, so due date and status stay visible next to the drawer; the card keeps the label
        Button pay = payButton(client);
        pay.setText(null);
        pay.setAriaLabel(getTranslation("clients.action.mark-paid"));
        pay.setTooltipText(getTranslation("clients.action.mark-paid"));
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> actions.edit().accept(client));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.addClassName("edit-button");
        edit.setAriaLabel(getTranslation("clients.action.edit"));
        edit.setTooltipText(getTranslation("clients.action.edit"));
        HorizontalLayout layout = new HorizontalLayout(pay, sendButton(client), edit, more(client));
        layout.setSpacing(false);
        layout.addClassName("row-actions");
        return layout;
    }

    private Button payButton(Client client) {
        Button pay = new Button(getTranslation("clients.action.mark-paid"), VaadinIcon.CHECK.create(),
                e -> actions.pay().accept(client));
        pay.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        pay.addClassName("pay-button");
        return pay;
    }

    private Button sendButton(Client client) {
        Button send = new Button(VaadinIcon.PAPERPLANE.create(), e -> actions.send().accept(client));
        send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        send.addClassName("send-button");
        send.setAriaLabel(getTranslation("clients.action.send"));
        send.setTooltipText(getTranslation("clients.action.send"));
        return send;
    }

    private MenuBar more(Client client) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_SMALL);
        menu.addClassName("more-menu");
        var root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("clients.action.more"));
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("clients.action.history"), e -> actions.history().accept(client)).addClassName("history-item");
        sub.addItem(getTranslation("clients.action.delete"), e -> actions.delete().accept(client)).addClassName("delete-item");
        return menu;
    }

    private Component card(Client client) {
        Div card = new Div();
        card.addClassName("client-card");
        Span name = new Span(client.name());
        name.addClassName("card-name");
        String digits = client.phone() == null ? "" : client.phone().replaceAll("\\D", "");
        Anchor phone = new Anchor("https://wa.me/" + digits, phones.format(client.phone()), AnchorTarget.BLANK);
        phone.addClassName("card-phone");
        Span plan = new Span(String.join(" · ", nonBlank(client.planName(), service(client)),
                Formats.price(client.value(), getLocale())));
        plan.addClassName("card-plan");
        Span due = new Span(getTranslation("clients.card.due", Formats.date(client.dueDate(), getLocale())));
        HorizontalLayout dueRow = new HorizontalLayout(due, badge(client));
        dueRow.setAlignItems(HorizontalLayout.Alignment.CENTER);
        Button edit = new Button(getTranslation("clients.action.edit"), VaadinIcon.EDIT.create(), e -> actions.edit().accept(client));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.addClassName("edit-button");
        HorizontalLayout buttons = new HorizontalLayout(payButton(client), sendButton(client), edit, more(client));
        buttons.addClassName("card-buttons");
        card.add(name, phone, plan, dueRow, buttons);
        return card;
    }

    private static String nonBlank(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
