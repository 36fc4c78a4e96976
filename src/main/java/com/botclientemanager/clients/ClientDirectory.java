package com.botclientemanager.clients;

import com.botclientemanager.clients.internal.ClientCodec;
import com.botclientemanager.clients.internal.ClientIndex;
import com.botclientemanager.clients.internal.ClientLimits;
import com.botclientemanager.clients.internal.ClientsDocument;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentStore;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ObjectNode;

/**
 * The clients, read from {@code clients.json} through the {@link DocumentStore} and indexed in memory. The index always
 * matches the stored document: it is updated from the stored content after every change, and rebuilt when the document
 * changes outside the app. Every change publishes {@link ClientsChanged}.
 */
@Service
public class ClientDirectory {

    private final DocumentStore store;
    private final ApplicationEventPublisher events;
    private ClientIndex index;

    public ClientDirectory(DocumentStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
        store.onExternalChange(document -> {
            if (document == Document.CLIENTS) {
                reload();
            }
        });
    }

    public List<Client> all() {
        return index().all();
    }

    public Optional<Client> find(String id) {
        return index().find(id);
    }

    /** Accent- and case-insensitive search over name, phone and plan; every word must match. */
    public List<Client> search(String text) {
        return index().search(text);
    }

    /** Clients due from {@code from} to {@code to}, both included, ordered by due date. */
    public List<Client> dueBetween(LocalDate from, LocalDate to) {
        return index().dueBetween(from, to);
    }

    public int count() {
        return index().size();
    }

    /** Adds or updates a client (by id) and returns it as stored. */
    public Client save(Client client) {
        saveAll(List.of(client));
        return find(client.id()).orElseThrow();
    }

    /**
     * Adds or updates several clients in one change (one commit in the GitHub repository).
     *
     * @throws ClientException when a client holds a value beyond {@link ClientLimits} (a due date moved past year 9999):
     *                         the file would no longer load; nothing is stored
     */
    public void saveAll(Collection<Client> clients) {
        if (clients.isEmpty()) {
            return;
        }
        for (Client client : clients) {
            if (!ClientLimits.allows(client)) {
                throw new ClientException("clients.error.out-of-range", displayName(client));
            }
        }
        Map<String, Client> byId = new LinkedHashMap<>();
        clients.forEach(c -> byId.put(c.id(), c));
        List<Client> toSave = List.copyOf(byId.values());
        synchronized (this) {
            ClientIndex current = index();
            long added = toSave.stream().filter(c -> !current.contains(c.id())).count();
            store.update(Document.CLIENTS, DocumentChange.replacingElements(describeSave(toSave, added),
                    document -> ClientsDocument.upsert(document, toSave)));
            refresh(byId.keySet());
        }
        events.publishEvent(new ClientsChanged(byId.keySet(), false));
    }

    public void delete(String id) {
        remove(id);
    }

    /** Deletes a client and returns what {@link #restore} needs to put it back exactly; empty when there is none. */
    public Optional<DeletedClient> remove(String id) {
        DeletedClient deleted;
        synchronized (this) {
            Optional<Client> existing = index().find(id);
            if (existing.isEmpty()) {
                return Optional.empty();
            }
            ObjectNode document = store.read(Document.CLIENTS);
            Optional<ObjectNode> stored = ClientsDocument.clientNodes(document).stream()
                    .filter(node -> ClientCodec.idOf(node).equals(id)).findFirst();
            deleted = new DeletedClient(existing.get(), stored.orElseGet(() -> ClientCodec.create(existing.get())),
                    ClientsDocument.previousId(document, id).orElse(null));
            store.update(Document.CLIENTS, DocumentChange.replacingElements("Remove cliente " + displayName(existing.get()),
                    d -> ClientsDocument.delete(d, Set.of(id))));
            refresh(Set.of(id));
        }
        events.publishEvent(new ClientsChanged(Set.of(id), false));
        return Optional.of(deleted);
    }

    /**
     * Puts a deleted client back as it was stored, at its place in the file (the "Desfazer" of a deletion); a client
     * stored again with the same id meanwhile is kept as it is.
     */
    public Client restore(DeletedClient deleted) {
        String id = deleted.client().id();
        synchronized (this) {
            store.update(Document.CLIENTS, DocumentChange.replacingElements("Restaura cliente " + displayName(deleted.client()),
                    document -> ClientsDocument.reinsert(document, deleted.stored(), deleted.previousId())));
            refresh(Set.of(id));
        }
        events.publishEvent(new ClientsChanged(Set.of(id), false));
        return find(id).orElseThrow();
    }

    /** Rebuilds the index from the stored document (after a change made outside the app). */
    public void reload() {
        synchronized (this) {
            index = build(store.read(Document.CLIENTS));
        }
        events.publishEvent(new ClientsChanged(Set.of(), true));
    }

    private synchronized ClientIndex index() {
        if (index == null) {
            index = build(store.read(Document.CLIENTS));
        }
        return index;
    }

    /** Re-reads the given clients from the stored document, so the index holds exactly what was stored. */
    private void refresh(Set<String> ids) {
        ClientIndex current = index();
        Set<String> missing = new java.util.HashSet<>(ids);
        // the first object with the id is the client (as in build); stop once every id was found
        for (ObjectNode node : ClientsDocument.clientNodes(store.read(Document.CLIENTS))) {
            if (missing.isEmpty()) {
                break;
            }
            if (missing.remove(ClientCodec.idOf(node))) {
                current.put(ClientCodec.decode(node));
            }
        }
        missing.forEach(current::remove);
    }

    private static ClientIndex build(ObjectNode document) {
        ClientIndex built = new ClientIndex();
        for (ObjectNode node : ClientsDocument.clientNodes(document)) {
            String id = ClientCodec.idOf(node);
            if (!built.contains(id)) {
                built.put(ClientCodec.decode(node));
            }
        }
        return built;
    }

    private static String describeSave(List<Client> clients, long added) {
        if (clients.size() == 1) {
            return (added == 1 ? "Adiciona cliente " : "Atualiza cliente ") + displayName(clients.getFirst());
        }
        if (added == clients.size()) {
            return "Adiciona " + added + " clientes";
        }
        if (added == 0) {
            return "Atualiza " + clients.size() + " clientes";
        }
        return "Salva " + clients.size() + " clientes (" + added + " novos)";
    }

    private static String displayName(Client client) {
        return client.name() == null || client.name().isBlank() ? client.id() : client.name().strip();
    }
}
