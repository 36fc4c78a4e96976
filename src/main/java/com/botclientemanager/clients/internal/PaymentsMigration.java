package com.botclientemanager.clients.internal;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.StorageException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moves the payments of an older version's single {@code payments.json} into the month files, on start (and again
 * before any payment is read or recorded until it succeeded). Every month file is written first, each adding only the
 * payments it does not hold yet (by id), then {@code payments.json} is retired (renamed beside itself, or deleted in
 * one commit on GitHub). A migration stopped half-way (a crash, GitHub unreachable) simply runs again: the months
 * already written are left as they are and no payment is added twice.
 */
@Component
public class PaymentsMigration {

    private static final Logger log = LoggerFactory.getLogger(PaymentsMigration.class);

    private final DocumentStore store;
    private volatile boolean done;
    private String lastFailure;

    public PaymentsMigration(DocumentStore store) {
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        migrate();
    }

    /** True once no payments.json is left to migrate; false when it cannot be done now (logged; retried next time). */
    public boolean migrate() {
        if (done) {
            return true;
        }
        synchronized (this) {
            if (done) {
                return true;
            }
            try {
                run();
                done = true;
                lastFailure = null;
            } catch (StorageException e) {
                if (!e.getMessage().equals(lastFailure)) {
                    log.warn("payments.json could not be moved into month files yet (tried again on the next payment "
                            + "read or write): {}", e.getMessage());
                }
                lastFailure = e.getMessage();
            }
            return done;
        }
    }

    private void run() {
        ObjectNode legacy = store.read(Document.PAYMENTS);
        if (legacy.isEmpty()) {
            return; // no payments.json: nothing to move
        }
        TreeMap<YearMonth, List<ObjectNode>> byMonth = new TreeMap<>();
        int skipped = 0;
        JsonNode array = legacy.get(PaymentsDocument.PAYMENTS);
        for (JsonNode node : array == null || !array.isArray() ? List.<JsonNode>of() : array) {
            if (node instanceof ObjectNode payment && Lenient.text(payment.get("id")) != null) {
                byMonth.computeIfAbsent(PaymentMonthFiles.monthOf(payment), m -> new ArrayList<>()).add(payment);
            } else {
                skipped++; // never readable by the app (no id); it stays in the retired file
            }
        }
        int moved = 0;
        for (var month : byMonth.entrySet()) {
            Document file = PaymentMonthFiles.month(month.getKey());
            Set<String> present = PaymentsDocument.ids(store.read(file));
            List<ObjectNode> missing = month.getValue().stream()
                    .filter(p -> !present.contains(Lenient.text(p.get("id")))).toList();
            if (!missing.isEmpty()) {
                store.update(file, new DocumentChange("Move " + missing.size() + " pagamento(s) de payments.json para "
                        + file.fileName(), document -> PaymentsDocument.appendAll(document, missing)));
            }
            moved += month.getValue().size();
        }
        String kept = store.retire(Document.PAYMENTS, "Pagamentos movidos para arquivos por mês (payments/AAAA-MM.json)");
        log.info("payments.json: {} payment(s) moved into {} month file(s){}; the original is kept as {}", moved,
                byMonth.size(), skipped == 0 ? "" : " (" + skipped + " entries without an id left in the original)", kept);
    }
}
