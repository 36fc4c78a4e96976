package com.botclientemanager.plans;

import com.botclientemanager.plans.internal.PlansDocument;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentStore;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The plan catalogue in {@code plans.json}: create and edit plans; a new price reaches the plan's clients now, at their
 * next renewal or not at all, as the person chose.
 */
@Service
public class PlanCatalogue {

    static final int NAME_MAX = 60;
    static final int MAX_MONTHS = 24;
    static final int MAX_DAYS = 3650;
    static final int MAX_SCREENS = 50;
    private static final BigDecimal MAX_PRICE = new BigDecimal("10000000");

    private final DocumentStore store;
    private final ObjectProvider<PlanClients> clients;

    public PlanCatalogue(DocumentStore store, ObjectProvider<PlanClients> clients) {
        this.store = store;
        this.clients = clients;
    }

    /** Every plan, by name. */
    public List<Plan> all() {
        return PlansDocument.plans(store.read(PlansDocument.PLANS)).stream()
                .sorted(Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT))).toList();
    }

    /** The plans a client can pick: the active ones, plus {@code currentId} (the client's own) even when inactive. */
    public List<Plan> choices(String currentId) {
        return all().stream().filter(p -> p.active() || p.id().equals(currentId)).toList();
    }

    public Optional<Plan> find(String id) {
        return id == null ? Optional.empty() : all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** How many clients are on the plan. */
    public int clientCount(String planId) {
        PlanClients on = clients.getIfAvailable();
        return on == null ? 0 : on.count(planId);
    }

    /**
     * Stores a plan (a new one when its id is null) and returns it; when the price of a stored plan changed, its
     * clients get the new price as {@code when} says.
     */
    public synchronized Plan save(Plan plan, PriceChange when) {
        Plan valid = validate(plan);
        Optional<Plan> before = find(valid.id());
        Plan saved = valid.id() == null ? new Plan(UUID.randomUUID().toString(), valid.name(), valid.service(),
                valid.price(), valid.duration(), valid.screens(), valid.active()) : valid;
        store.update(PlansDocument.PLANS, new DocumentChange("Plano " + saved.name(),
                document -> PlansDocument.upsert(document, saved)));
        PlanClients on = clients.getIfAvailable();
        if (on != null && before.isPresent()) {
            if (before.get().price().compareTo(saved.price()) != 0) {
                on.priceChanged(saved.id(), before.get().price(), saved.price(),
                        Objects.requireNonNull(when, "price change"));
            }
            if (!before.get().name().equals(saved.name())) {
                on.renamed(saved.id(), saved.name());
            }
        }
        return saved;
    }

    private Plan validate(Plan plan) {
        String name = plan.name() == null ? "" : plan.name().strip();
        if (name.isEmpty()) {
            throw new PlanException("name", "plans.error.name-required");
        }
        if (name.length() > NAME_MAX) {
            throw new PlanException("name", "plans.error.name-size", NAME_MAX);
        }
        boolean taken = all().stream().anyMatch(p -> !p.id().equals(plan.id()) && p.name().equalsIgnoreCase(name));
        if (taken) {
            throw new PlanException("name", "plans.error.name-taken", name);
        }
        if (plan.service() == null) {
            throw new PlanException("service", "plans.error.service-required");
        }
        BigDecimal price = plan.price();
        if (price == null || price.signum() <= 0 || price.stripTrailingZeros().scale() > 2 || price.compareTo(MAX_PRICE) >= 0) {
            throw new PlanException("price", "plans.error.price");
        }
        Period duration = plan.duration() == null ? Period.ZERO : plan.duration().normalized();
        boolean months = duration.getDays() == 0 && duration.toTotalMonths() >= 1 && duration.toTotalMonths() <= MAX_MONTHS;
        boolean days = duration.toTotalMonths() == 0 && duration.getDays() >= 1 && duration.getDays() <= MAX_DAYS;
        if (!months && !days) {
            throw new PlanException("duration", "plans.error.duration", MAX_MONTHS, MAX_DAYS);
        }
        if (plan.screens() < 1 || plan.screens() > MAX_SCREENS) {
            throw new PlanException("screens", "plans.error.screens", MAX_SCREENS);
        }
        return new Plan(plan.id(), name, plan.service(), price, duration, plan.screens(), plan.active());
    }
}
