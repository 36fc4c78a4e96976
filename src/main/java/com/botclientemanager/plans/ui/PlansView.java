package com.botclientemanager.plans.ui;

import com.botclientemanager.plans.Plan;
import com.botclientemanager.plans.PlanCatalogue;
import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.MainLayout;
import com.botclientemanager.validation.Money;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** Planos: the catalogue, one row per plan (name, service, duration, screens, price); a row opens its editor. */
@Route(value = "plans", layout = MainLayout.class)
@PermitAll
public class PlansView extends AppPage {

    private final PlanCatalogue catalogue;
    private final Grid<Plan> grid = new Grid<>();
    private final Div empty = new Div();

    public PlansView(PlanCatalogue catalogue) {
        super("plans.title", "plans.description");
        this.catalogue = catalogue;
        Button add = new Button(getTranslation("plans.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("plans-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("plans-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::describe).setHeader(getTranslation("plans.column.plan")).setFlexGrow(1);
        grid.addColumn(p -> Money.format(p.price(), getLocale())).setHeader(getTranslation("plans.column.price"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        empty.setText(getTranslation("plans.empty"));
        empty.addClassNames("plans-empty");
        add(add, grid, empty);
        refresh();
    }

    private Div describe(Plan plan) {
        Span name = new Span(plan.name());
        name.getStyle().set("font-weight", "600");
        Span details = new Span(String.join(" · ", getTranslation(plan.service().messageKey()),
                PlanTexts.duration(plan.duration(), this::getTranslation),
                getTranslation("plans.screens.count", plan.screens())));
        details.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        Div cell = new Div(name);
        if (!plan.active()) {
            Span inactive = new Span(getTranslation("plans.inactive"));
            inactive.getElement().getThemeList().add("badge contrast small");
            inactive.getStyle().set("margin-left", "var(--lumo-space-s)");
            cell.add(inactive);
        }
        cell.add(details);
        return cell;
    }

    private void edit(Plan plan) {
        new PlanDialog(catalogue, plan, this::refresh).open();
    }

    private void refresh() {
        List<Plan> plans = catalogue.all();
        grid.setItems(plans);
        grid.setVisible(!plans.isEmpty());
        empty.setVisible(plans.isEmpty());
    }
}
