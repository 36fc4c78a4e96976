package com.botclientemanager.clients;

import com.botclientemanager.clients.internal.DeactivationsDocument;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.StorageException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The optional rule "desativar após N dias em atraso" (Configurações > Clientes): an active client whose due date is
 * that many days behind "today" in the app's zone is switched to inactive (so no reminder goes out), with an entry in
 * {@code deactivations.json} that the client's history shows and "Desfazer" reverses. The rule never switches the
 * same client off twice for the same due date, so an undo stands until the client has a new due date.
 */
@Service
public class AutoDeactivation {

    private static final Logger log = LoggerFactory.getLogger(AutoDeactivation.class);

    private final DocumentStore store;
    private final ClientDirectory directory;
    private final ClientCalendar calendar;
    private final ClientSettingsService settings;

    public AutoDeactivation(DocumentStore store, ClientDirectory directory, ClientCalendar calendar,
            ClientSettingsService settings) {
        this.store = store;
        this.directory = directory;
        this.calendar = calendar;
        this.settings = settings;
    }

    /** The scheduled check (hourly): logs what it did, never throws. */
    public void check() {
        try {
            List<AutoDeactivated> done = deactivateOverdue();
            if (!done.isEmpty()) {
                log.info("Deactivated {} overdue client(s) by the rule of the settings", done.size());
            }
        } catch (StorageException e) {
            log.warn("Automatic deactivation skipped, storage not usable: {}", e.getMessage());
        }
    }

    /**
     * Switches off the clients the rule applies to now and returns them; nothing when the rule is off.
     *
     * @throws StorageException when the settings, the clients or the deactivations cannot be read or stored
     */
    public synchronized List<AutoDeactivated> deactivateOverdue() {
        Integer days = settings.saved().deactivateAfterDays();
        if (days == null) {
            return List.of();
        }
        LocalDate today = calendar.today();
        Set<String> alreadyFor = new HashSet<>();
        DeactivationsDocument.all(store.read(DeactivationsDocument.DOCUMENT))
                .forEach(d -> alreadyFor.add(d.clientId() + "@" + d.dueDate()));
        List<Client> switched = new ArrayList<>();
        List<AutoDeactivated> entries = new ArrayList<>();
        for (Client client : directory.all()) {
            if (!client.active() || client.dueDate() == null || client.paidForDueDate()
                    || alreadyFor.contains(client.id() + "@" + client.dueDate())) {
                continue;
            }
            long overdue = ChronoUnit.DAYS.between(client.dueDate(), today);
            if (overdue >= days) {
                switched.add(client.withActive(false));
                entries.add(new AutoDeactivated(UUID.randomUUID().toString(), client.id(), client.name(),
                        client.dueDate(), (int) overdue, calendar.now(), null));
            }
        }
        if (switched.isEmpty()) {
            return List.of();
        }
        // the clients first: a failure after this leaves them inactive without an entry, never an entry twice
        directory.saveAll(switched);
        store.update(DeactivationsDocument.DOCUMENT, new DocumentChange(
                "Desativa " + entries.size() + " cliente(s) em atraso", document -> DeactivationsDocument.add(document, entries)));
        return entries;
    }

    /** A client's automatic deactivations, newest first. */
    public List<AutoDeactivated> of(String clientId) {
        return all().stream().filter(d -> d.clientId().equals(clientId)).toList().reversed();
    }

    /** The deactivations of a month that still stand (for the dashboard), newest first. */
    public List<AutoDeactivated> standingIn(YearMonth month) {
        return all().stream().filter(d -> !d.undone() && YearMonth.from(d.at()).equals(month)).toList().reversed();
    }

    /**
     * "Desfazer": reactivates the client and marks the entry undone; the rule leaves the client alone for that due date.
     *
     * @throws ClientException when the entry or the client no longer exists, or it was undone already
     */
    public synchronized Client undo(String entryId) {
        AutoDeactivated entry = all().stream().filter(d -> d.id().equals(entryId) && !d.undone()).findFirst()
                .orElseThrow(() -> new ClientException("clients.deactivation.error.undo"));
        Client client = directory.find(entry.clientId())
                .orElseThrow(() -> new ClientException("clients.error.not-found"));
        Client reactivated = directory.save(client.withActive(true));
        store.update(DeactivationsDocument.DOCUMENT, new DocumentChange("Desfaz desativação automática de um cliente",
                document -> DeactivationsDocument.markUndone(document, entryId, calendar.now())));
        return reactivated;
    }

    private List<AutoDeactivated> all() {
        return DeactivationsDocument.all(store.read(DeactivationsDocument.DOCUMENT));
    }
}
