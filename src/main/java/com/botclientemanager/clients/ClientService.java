package com.botclientemanager.clients;

import com.botclientemanager.validation.Phones;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;

/** What the client screens do to clients: create, edit, delete (with undo) and the bulk actions. */
@Service
public class ClientService {

    private final ClientDirectory directory;
    private final ClientCalendar calendar;
    private final ClientSettingsService settings;
    private final OptOutStatus optOuts;

    public ClientService(ClientDirectory directory, ClientCalendar calendar, ClientSettingsService settings) {
        this(directory, calendar, settings, OptOutStatus.NONE);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public ClientService(ClientDirectory directory, ClientCalendar calendar, ClientSettingsService settings,
            OptOutStatus optOuts) {
        this.directory = directory;
        this.calendar = calendar;
        this.settings = settings;
        this.optOuts = optOuts;
    }

    /** Whether the client asked to stop ("pediu para sair"), with the day (in the app's zone) and the word. */
    public Optional<OptOutMark> optOut(String clientId) {
        return optOuts.of(clientId).map(o -> new OptOutMark(LocalDate.ofInstant(o.at(), calendar.zone()), o.keyword()));
    }

    /** A client's "pediu para sair": the day it happened and the word they used (may be null). */
    public record OptOutMark(LocalDate day, String keyword) {
    }

    /** The form for a new client: both reminder times at the saved default time. */
    public ClientForm newForm() {
        return ClientForm.blank(settings.current().reminderTime());
    }

    /** The form for editing a stored client; a reminder time it does not have shows the default time. */
    public ClientForm formOf(Client client) {
        return ClientForm.of(client, settings.current().reminderTime());
    }

    public Optional<Client> find(String id) {
        return directory.find(id);
    }

    /** Stores a new client from a valid form. */
    public Client create(ClientForm form) {
        return directory.save(form.toClient(null, calendar.now()));
    }

    /** Stores the edited form over the client {@code id}; fields this app does not edit are kept. */
    public Client update(String id, ClientForm form) {
        Client existing = directory.find(id).orElseThrow(() -> new ClientException("clients.error.not-found"));
        Client saved = directory.save(form.toClient(existing, calendar.now()));
        if (saved.remindersEnabled() && !existing.remindersEnabled()) {
            optOuts.clear(id);
        }
        return saved;
    }

    /** Another client with the same phone (digits), if there is one: the form warns, it does not refuse. */
    public Optional<Client> samePhone(String phone, String exceptId) {
        if (phone == null || phone.isBlank()) {
            return Optional.empty();
        }
        String digits = Phones.digits(phone);
        return directory.search(digits).stream()
                .filter(c -> !c.id().equals(exceptId))
                .filter(c -> c.phone() != null && Phones.digits(c.phone()).equals(digits))
                .findFirst();
    }

    /** Deletes a client and returns it as it was stored, for {@link #restore}. */
    public Optional<DeletedClient> delete(String id) {
        return directory.remove(id);
    }

    /** Puts a deleted client back exactly as it was stored, unknown fields included (the "Desfazer" of a deletion). */
    public Client restore(DeletedClient deleted) {
        return directory.restore(deleted);
    }

    /** Activates or deactivates the given clients in one change. */
    public int setActive(Collection<String> ids, boolean active) {
        return change(ids, c -> c.withActive(active));
    }

    /** Turns the reminders of the given clients on or off in one change. */
    public int setReminders(Collection<String> ids, boolean enabled) {
        if (enabled) {
            ids.forEach(optOuts::clear);
        }
        return change(ids, c -> c.withRemindersEnabled(enabled));
    }

    private int change(Collection<String> ids, UnaryOperator<Client> change) {
        List<Client> changed = new ArrayList<>();
        for (String id : ids) {
            directory.find(id).map(change).ifPresent(changed::add);
        }
        directory.saveAll(changed);
        return changed.size();
    }
}
