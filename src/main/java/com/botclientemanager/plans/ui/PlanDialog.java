package com.botclientemanager.plans.ui;

import com.botclientemanager.plans.Plan;
import com.botclientemanager.plans.PlanCatalogue;
import com.botclientemanager.plans.PlanService;
import com.botclientemanager.plans.PriceChange;
import com.botclientemanager.ui.Notices;
import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.validation.Money;
import com.botclientemanager.validation.UserFacingException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Locale;

/**
 * A plan's editor. When the price of a plan with clients changes, it asks what happens to them: the new price now, at
 * each client's next renewal, or not at all.
 */
class PlanDialog extends Dialog {

    private enum Unit { MONTHS, DAYS }

    private final PlanCatalogue catalogue;
    private final Plan existing;
    private final Runnable onSaved;
    private final TextField name = new TextField();
    private final Select<PlanService> service = new Select<>();
    private final TextField price = new TextField();
    private final IntegerField duration = new IntegerField();
    private final Select<Unit> unit = new Select<>();
    private final IntegerField screens = new IntegerField();
    private final Checkbox active = new Checkbox();
    private final RadioButtonGroup<PriceChange> priceChange = new RadioButtonGroup<>();
    private final int clients;

    PlanDialog(PlanCatalogue catalogue, Plan existing, Runnable onSaved) {
        this.catalogue = catalogue;
        this.existing = existing;
        this.onSaved = onSaved;
        this.clients = existing == null ? 0 : catalogue.clientCount(existing.id());
        setHeaderTitle(getTranslation(existing == null ? "plans.dialog.new" : "plans.dialog.edit"));
        setWidth("min(100vw, 520px)");

        name.setLabel(getTranslation("plans.field.name"));
        name.setPlaceholder(getTranslation("plans.field.name.placeholder"));
        name.setMaxLength(60);
        name.setId("plan-name");
        service.setLabel(getTranslation("plans.field.service"));
        service.setItems(PlanService.values());
        service.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        service.setId("plan-service");
        price.setLabel(getTranslation("plans.field.price"));
        price.setPrefixComponent(new Span(getTranslation("clients.form.value.prefix")));
        price.getElement().setAttribute("inputmode", "decimal");
        price.setMaxLength(20);
        price.setId("plan-price");
        duration.setLabel(getTranslation("plans.field.duration"));
        duration.setMin(1);
        duration.setStepButtonsVisible(true);
        duration.setId("plan-duration");
        unit.setLabel(getTranslation("plans.field.unit"));
        unit.setItems(Unit.values());
        unit.setItemLabelGenerator(u -> getTranslation("plans.unit." + u.name().toLowerCase(Locale.ROOT)));
        unit.setId("plan-unit");
        screens.setLabel(getTranslation("plans.field.screens"));
        screens.setMin(1);
        screens.setStepButtonsVisible(true);
        screens.setId("plan-screens");
        active.setLabel(getTranslation("plans.field.active"));
        active.setId("plan-active");

        priceChange.setLabel(getTranslation("plans.price-change.question", clients));
        priceChange.setItems(PriceChange.values());
        priceChange.setItemLabelGenerator(c -> getTranslation("plans.price-change." + c.name().toLowerCase(Locale.ROOT)));
        priceChange.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        priceChange.setId("plan-price-change");
        priceChange.setVisible(false);
        price.addValueChangeListener(e -> priceChange.setVisible(priceChanged()));

        fill(existing);
        FormLayout form = new FormLayout(name, service, price, duration, unit, screens, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("360px", 2));
        form.setColspan(name, 2);
        form.setColspan(active, 2);
        add(form, priceChange);

        Button cancel = new Button(getTranslation("clients.action.cancel"), e -> close());
        Button save = new Button(getTranslation("plans.save"), e -> save());
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    private void fill(Plan plan) {
        name.setValue(plan == null ? "" : plan.name());
        service.setValue(plan == null ? PlanService.IPTV : plan.service());
        price.setValue(plan == null ? "" : Money.amount(plan.price(), getLocale()));
        Period period = plan == null ? Period.ofMonths(1) : plan.duration().normalized();
        boolean days = period.getDays() > 0;
        duration.setValue(days ? period.getDays() : (int) period.toTotalMonths());
        unit.setValue(days ? Unit.DAYS : Unit.MONTHS);
        screens.setValue(plan == null ? 1 : plan.screens());
        active.setValue(plan == null || plan.active());
    }

    /** A stored plan with clients whose typed price differs from its stored one. */
    private boolean priceChanged() {
        if (existing == null || clients == 0) {
            return false;
        }
        try {
            BigDecimal typed = Money.parse(price.getValue());
            return typed != null && typed.compareTo(existing.price()) != 0;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private void save() {
        List.<HasValidation>of(name, price, duration, screens).forEach(field -> field.setInvalid(false));
        BigDecimal typed;
        try {
            typed = Money.parse(price.getValue());
            price.setInvalid(false);
        } catch (InvalidInputException e) {
            price.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            price.setInvalid(true);
            return;
        }
        if (priceChanged() && priceChange.getValue() == null) {
            priceChange.setVisible(true);
            priceChange.setErrorMessage(getTranslation("plans.price-change.required"));
            priceChange.setInvalid(true);
            return;
        }
        Integer count = duration.getValue();
        Period period = count == null || count < 1 ? Period.ZERO
                : unit.getValue() == Unit.DAYS ? Period.ofDays(count) : Period.ofMonths(count);
        Plan plan = new Plan(existing == null ? null : existing.id(), name.getValue(), service.getValue(), typed, period,
                screens.getValue() == null ? 0 : screens.getValue(), active.getValue());
        try {
            Plan saved = catalogue.save(plan, priceChange.getValue() == null ? PriceChange.NOT_AT_ALL : priceChange.getValue());
            close();
            onSaved.run();
            Notices.success(getTranslation("plans.saved", saved.name()));
        } catch (UserFacingException e) {
            showError(e);
        }
    }

    /** A refusal about one field is shown under that field (a toast covers the dialog's top on a phone and fades). */
    private void showError(UserFacingException e) {
        String message = getTranslation(e.messageKey(), e.arguments());
        HasValidation field = e instanceof InvalidInputException invalid ? switch (invalid.field()) {
            case "name" -> name;
            case "price" -> price;
            case "duration" -> duration;
            case "screens" -> screens;
            default -> null;
        } : null;
        if (field == null) {
            Notices.error(message);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
