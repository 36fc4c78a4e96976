package com.botclientemanager.clients.ui;

import com.botclientemanager.access.AccessService;
import com.botclientemanager.clients.AutoDeactivation;
import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientExport;
import com.botclientemanager.clients.ClientFilter;
import com.botclientemanager.clients.ClientFilter.StatusFilter;
import com.botclientemanager.clients.ClientImport;
import com.botclientemanager.clients.ManualSends;
import com.botclientemanager.clients.ClientPageLinks;
import com.botclientemanager.clients.ClientPixCodes;
import com.botclientemanager.clients.ClientQuery;
import com.botclientemanager.clients.ClientService;
import com.botclientemanager.clients.ClientSort;
import com.botclientemanager.clients.ClientsChanged;
import com.botclientemanager.clients.ImportedRenewals;
import com.botclientemanager.clients.OwnMessageCheck;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.clients.PhoneNumbers;
import com.botclientemanager.clients.ServiceType;
import com.botclientemanager.plans.PlanCatalogue;
import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.EmptyState;
import com.botclientemanager.ui.LiveUpdates;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.botclientemanager.ui.MainLayout;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/** The client list: search, filter chips, the grid (cards on a phone), renewals, import, export and bulk actions. */
@Route(value = "clients", layout = MainLayout.class)
@PermitAll
public class ClientsView extends AppPage implements BeforeEnterObserver {

    /** At this window width or less, each client is shown as a card instead of grid columns. */
    static final int PHONE_WIDTH = 600;

    private final ClientQuery query;
    private final ClientService clients;
    private final PlanCatalogue catalogue;
    private final PaymentService payments;
    private final ClientPixCodes pix;
    private final PhoneNumbers phones;
    private final ClientImport importer;
    private final ClientExport exporter;
    private final ManualSends messages;
    private final ImportedRenewals importedRenewals;
    private final OwnMessageCheck ownMessages;
    private final ClientGrid grid;
    private EmptyState emptyState;
    private final CallbackDataProvider<Client, Void> dataProvider;
    private final Span count = new Span();
    private final Map<StatusFilter, Button> statusChips = new LinkedHashMap<>();
    private final Map<ServiceType, Button> serviceChips = new LinkedHashMap<>();
    private final MenuBar bulk = new MenuBar();
    private final Button selectAll = new Button();
    private volatile ClientFilter filter = ClientFilter.ALL;
    private volatile List<ClientSort> sorts = List.of();
    private final LiveUpdates live;
    private final AccessService access;
    private final AutoDeactivation deactivations;
    /** "Incluir senhas" of the CSV export, read by the download request (off by default). */
    private volatile boolean exportSecrets;
    private Registration subscription;

    private final ObjectProvider<ClientPageLinks> pageLinks;

    public ClientsView(ClientQuery query, ClientService clients, PaymentService payments, ClientPixCodes pix,
            PhoneNumbers phones, ClientImport importer, ClientExport exporter, ManualSends messages,
            OwnMessageCheck ownMessages, ImportedRenewals importedRenewals, LiveUpdates live, AccessService access,
            AutoDeactivation deactivations, PlanCatalogue catalogue, ObjectProvider<ClientPageLinks> pageLinks) {
        super("clients.title", "clients.description");
        this.pageLinks = pageLinks;
        this.catalogue = catalogue;
        this.query = query;
        this.clients = clients;
        this.payments = payments;
        this.pix = pix;
        this.phones = phones;
        this.importer = importer;
        this.exporter = exporter;
        this.messages = messages;
        this.live = live;
        this.access = access;
        this.deactivations = deactivations;
        this.importedRenewals = importedRenewals;
        this.ownMessages = ownMessages;
        addClassName("clients-view");
        setHeightFull();

        grid = new ClientGrid(query, phones, new ClientGrid.Actions(this::markPaid, this::edit, this::history, this::delete,
                client -> send(Set.of(client.id()))), ownMessages::unfilled, c -> clients.optOut(c.id()).isPresent());
        dataProvider = new CallbackDataProvider<>(
                q -> query.page(filter, toSorts(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
                q -> query.count(filter), Client::id);
        grid.setItems(dataProvider);
        grid.addSelectionListener(e -> bulk.setEnabled(!e.getAllSelectedItems().isEmpty()));
        add(toolbar(), chips(), summaryRow(), emptyState(), grid);
        updateCount();
    }

    private HorizontalLayout toolbar() {
        TextField search = new TextField();
        search.setId("clients-search");
        search.setPlaceholder(getTranslation("clients.search.placeholder"));
        search.setAriaLabel(getTranslation("clients.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(250);
        search.addValueChangeListener(e -> applyFilter(filter.withText(e.getValue())));
        search.addClassName("clients-search");

        Button add = new Button(getTranslation("clients.action.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("new-client");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout toolbar = new HorizontalLayout(search, add);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);
        // on a phone the search gets its own row, so its hint ("Buscar por nome, telefone ou plano") is not cut off
        search.setMinWidth("16rem");
        toolbar.setWrap(true);
        toolbar.addClassName("clients-toolbar");
        return toolbar;
    }

    private FlexLayout chips() {
        FlexLayout chips = new FlexLayout();
        chips.addClassName("filter-chips");
        chips.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        for (StatusFilter status : StatusFilter.values()) {
            Button chip = chip("clients.filter." + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    () -> applyFilter(filter.withStatus(status)));
            chip.setId("chip-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            statusChips.put(status, chip);
            chips.add(chip);
        }
        for (ServiceType service : List.of(ServiceType.IPTV, ServiceType.VPN)) {
            Button chip = chip(service.messageKey(),
                    () -> applyFilter(filter.withService(filter.service() == service ? null : service)));
            chip.setId("chip-" + service.name().toLowerCase(java.util.Locale.ROOT));
            serviceChips.put(service, chip);
            chips.add(chip);
        }
        markChips();
        return chips;
    }

    private Button chip(String key, Runnable action) {
        Button chip = new Button(getTranslation(key), e -> action.run());
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
        chip.addClassName("filter-chip");
        return chip;
    }

    private HorizontalLayout summaryRow() {
        count.setId("clients-count");
        count.addClassName("clients-count");

        bulk.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        SubMenu actions = bulk.addItem(getTranslation("clients.bulk.title")).getSubMenu();
        actions.addItem(getTranslation("clients.bulk.activate"), e -> bulk(ids -> clients.setActive(ids, true)));
        actions.addItem(getTranslation("clients.bulk.deactivate"), e -> bulk(ids -> clients.setActive(ids, false)));
        actions.addItem(getTranslation("clients.bulk.reminders-on"), e -> bulk(ids -> clients.setReminders(ids, true)));
        actions.addItem(getTranslation("clients.bulk.reminders-off"), e -> bulk(ids -> clients.setReminders(ids, false)));
        actions.addItem(getTranslation("clients.bulk.send"), e -> send(selectedIds())).setId("bulk-send");
        actions.addItem(getTranslation("clients.action.mark-paid"),
                e -> BulkFlow.markPaid(this, payments, clients, selectedIds(), query.today(), this::afterBulk)).setId("bulk-pay");
        actions.addItem(getTranslation("clients.action.delete"),
                e -> BulkFlow.delete(this, clients, selectedIds(), this::afterBulk)).setId("bulk-delete");
        bulk.setEnabled(false);
        bulk.setId("bulk-actions");

        Button importButton = new Button(getTranslation("clients.import.open"), VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(importer, grid.isCompact(), this::refresh, ownMessages::unfilled).open());
        importButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        importButton.setId("import-open");

        Anchor csv = new Anchor(download("csv"), getTranslation("clients.export.csv"));
        csv.setId("export-csv");
        csv.addClassName("export-link");
        Checkbox withSecrets = new Checkbox(getTranslation("clients.export.with-secrets"));
        withSecrets.setId("export-with-secrets");
        withSecrets.setTooltipText(getTranslation("clients.export.with-secrets.help"));
        withSecrets.addValueChangeListener(e -> exportSecrets = e.getValue());
        withSecrets.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Anchor json = new Anchor(download("json"), getTranslation("clients.export.json"));
        json.setId("export-json");
        json.addClassName("export-link");

        selectAll.setId("select-all-filtered");
        selectAll.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        selectAll.addClickListener(e -> grid.asMultiSelect().select(query.list(filter, sorts)));

        HorizontalLayout row = new HorizontalLayout(count, selectAll, bulk, importButton, csv, withSecrets, json);
        row.setAlignItems(Alignment.CENTER);
        row.setWidthFull();
        row.addClassName("clients-summary");
        row.expand(count);
        return row;
    }

    private DownloadHandler download(String kind) {
        return event -> {
            List<Client> list = query.list(filter, sorts);
            String day = query.today().toString();
            event.setFileName("clientes-" + day + "." + kind);
            event.setContentType(kind.equals("csv") ? "text/csv;charset=UTF-8" : "application/json");
            try (OutputStream out = event.getOutputStream()) {
                if (kind.equals("csv")) {
                    exporter.csv(list, out, exportSecrets);
                } else {
                    exporter.seedJson(list, out);
                }
            } catch (IOException e) {
                event.getResponse().setStatus(500);
            }
        };
    }

    /** {@code /clients?status=overdue} (due-soon, due-today, inactive, all): the dashboard's cards open these lists. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("status")
                .flatMap(value -> java.util.Arrays.stream(StatusFilter.values())
                        .filter(s -> s.name().equalsIgnoreCase(value.replace('-', '_'))).findFirst())
                .ifPresent(status -> applyFilter(filter.withStatus(status)));
    }

    private void applyFilter(ClientFilter newFilter) {
        filter = newFilter;
        markChips();
        refresh();
    }

    private void markChips() {
        statusChips.forEach((status, chip) -> selected(chip, filter.status() == status));
        serviceChips.forEach((service, chip) -> selected(chip, filter.service() == service));
    }

    private static void selected(Button chip, boolean selected) {
        if (selected) {
            chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            chip.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        chip.getElement().setAttribute("aria-pressed", String.valueOf(selected));
    }

    private void refresh() {
        dataProvider.refreshAll();
        updateCount();
    }

    private void updateCount() {
        int shown = query.count(filter);
        count.setText(getTranslation("clients.count", shown));
        boolean none = shown == 0 && (filter.equals(ClientFilter.ALL) || query.count(ClientFilter.ALL) == 0);
        emptyState.setVisible(none);
        grid.setVisible(!none);
        selectAll.setText(getTranslation("clients.bulk.select-all", shown));
        selectAll.setEnabled(shown > 0);
    }

    /** With no client at all, the list says how to start: add one, or import the list the reseller already has. */
    private EmptyState emptyState() {
        Button add = new Button(getTranslation("clients.emptyState.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("clients-empty-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importButton = new Button(getTranslation("clients.emptyState.import"), VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(importer, grid.isCompact(), this::refresh, ownMessages::unfilled).open());
        importButton.setId("clients-empty-import");
        emptyState = new EmptyState("clients-empty", getTranslation("clients.emptyState.title"),
                getTranslation("clients.emptyState.text")).withAction(add).withAction(importButton);
        return emptyState;
    }

    private List<ClientSort> toSorts(List<QuerySortOrder> orders) {
        List<ClientSort> result = new ArrayList<>();
        for (QuerySortOrder order : orders) {
            result.add(new ClientSort(ClientSort.Field.valueOf(order.getSorted()), order.getDirection() == SortDirection.ASCENDING));
        }
        sorts = List.copyOf(result);
        return result;
    }

    private void edit(Client client) {
        Client current = client == null ? null : clients.find(client.id()).orElse(null);
        if (client != null && current == null) {
            refresh();
            return;
        }
        new ClientFormDialog(clients, catalogue, phones, messages, access, current, grid.isCompact(), saved -> refresh())
                .open();
    }

    private void markPaid(Client client) {
        clients.find(client.id()).ifPresentOrElse(
                current -> new PaymentDialog(payments, messages, current, query.today(), grid.isCompact(), this::refresh).open(),
                this::refresh);
    }

    private void history(Client client) {
        clients.find(client.id()).ifPresent(current -> {
            HistoryDialog dialog = new HistoryDialog(payments, importedRenewals, pix, phones, current, grid.isCompact(),
                    this::refresh, () -> send(Set.of(current.id())));
            dialog.add(new DeactivationNotes(deactivations, current.id(), this::refresh));
            pageLinks.ifAvailable(links -> dialog.add(new ClientLinkBlock(links, current.id())));
            dialog.open();
        });
    }

    private void delete(Client client) {
        DeleteFlow.confirm(this, clients, client, this::refresh);
    }

    private void send(Set<String> ids) {
        if (!ids.isEmpty()) {
            new SendMessageDialog(messages, ids, grid.isCompact(), grid::deselectAll).open();
        }
    }

    private Set<String> selectedIds() {
        Set<String> ids = new java.util.HashSet<>();
        grid.getSelectedItems().forEach(c -> ids.add(c.id()));
        return ids;
    }

    private void afterBulk() {
        grid.deselectAll();
        refresh();
    }

    private void bulk(java.util.function.ToIntFunction<Set<String>> action) {
        Set<String> ids = selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        int changed = action.applyAsInt(ids);
        grid.deselectAll();
        refresh();
        Notices.success(getTranslation("clients.bulk.done", changed));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        subscription = live.subscribe(ui, changes -> refresh(), ClientsChanged.class);
        grid.followWidth(ui);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
        super.onDetach(event);
    }

}
