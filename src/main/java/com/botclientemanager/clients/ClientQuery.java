package com.botclientemanager.clients;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Filtered, sorted pages of the client list, for the grid's lazy data provider and the export. The last filtered and
 * sorted list is kept until the clients or the day change, so the grid's count-then-fetch and its scrolling reuse it.
 */
@Service
public class ClientQuery {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final ClientDirectory directory;
    private final ClientCalendar calendar;
    private final int dueSoonDays;
    private final AtomicLong version = new AtomicLong();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Result filtered;
    private volatile Result sorted;

    public ClientQuery(ClientDirectory directory, ClientCalendar calendar, ClientsProperties properties) {
        this.directory = directory;
        this.calendar = calendar;
        this.dueSoonDays = properties.dueSoonDays();
    }

    /** How many clients the filter shows. */
    public int count(ClientFilter filter) {
        return filtered(filter).clients().size();
    }

    /** One page of the filtered list in the given order ({@link ClientSort#DEFAULT} when {@code sorts} is empty). */
    public List<Client> page(ClientFilter filter, List<ClientSort> sorts, int offset, int limit) {
        List<Client> all = list(filter, sorts);
        int from = Math.min(Math.max(offset, 0), all.size());
        int to = (int) Math.min((long) from + Math.max(limit, 0), all.size());
        return all.subList(from, to);
    }

    /** The whole filtered list in the given order (read-only). */
    public List<Client> list(ClientFilter filter, List<ClientSort> sorts) {
        List<ClientSort> order = sorts == null || sorts.isEmpty() ? List.of(ClientSort.DEFAULT) : List.copyOf(sorts);
        LocalDate today = calendar.today();
        Key key = new Key(filter, order, today, version.get());
        Result cached = sorted;
        if (cached != null && cached.key().equals(key)) {
            return cached.clients();
        }
        List<Client> clients = new ArrayList<>(filtered(filter).clients());
        clients.sort(comparator(order, today));
        Result result = new Result(key, List.copyOf(clients));
        sorted = result;
        return result.clients();
    }

    /** Today in the reminders' time zone. */
    public LocalDate today() {
        return calendar.today();
    }

    /** The status badge of a client today. */
    public ClientStatus statusOf(Client client) {
        return ClientStatus.of(client, calendar.today(), dueSoonDays);
    }

    /** Calls {@code listener} (on the publishing thread) after every change to the clients; run the result to stop. */
    public Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @EventListener
    void clientsChanged(ClientsChanged event) {
        version.incrementAndGet();
        listeners.forEach(Runnable::run);
    }

    private Result filtered(ClientFilter filter) {
        LocalDate today = calendar.today();
        Key key = new Key(filter, List.of(), today, version.get());
        Result cached = filtered;
        if (cached != null && cached.key().equals(key)) {
            return cached;
        }
        List<Client> matches = new ArrayList<>();
        for (Client client : directory.search(filter.text())) {
            if ((filter.service() == null || ServiceType.of(client.service()) == filter.service())
                    && filter.status().accepts(ClientStatus.of(client, today, dueSoonDays))) {
                matches.add(client);
            }
        }
        Result result = new Result(key, List.copyOf(matches));
        filtered = result;
        return result;
    }

    private Comparator<Client> comparator(List<ClientSort> order, LocalDate today) {
        Comparator<Client> comparator = null;
        for (ClientSort sort : order) {
            Comparator<Client> next = single(sort.field(), today);
            next = sort.ascending() ? next : next.reversed();
            comparator = comparator == null ? next : comparator.thenComparing(next);
        }
        Comparator<Client> tieBreak = Comparator.comparing((Client c) -> sortText(c.name())).thenComparing(Client::id);
        return comparator == null ? tieBreak : comparator.thenComparing(tieBreak);
    }

    private Comparator<Client> single(ClientSort.Field field, LocalDate today) {
        return switch (field) {
            case NAME -> Comparator.comparing(c -> sortText(c.name()));
            case PHONE -> Comparator.comparing(c -> Objects.toString(c.phone(), ""));
            case SERVICE -> Comparator.comparing(c -> sortText(c.service()));
            case PLAN -> Comparator.comparing(c -> sortText(c.planName()));
            case VALUE -> Comparator.comparing(Client::value, Comparator.nullsFirst(BigDecimal::compareTo));
            case DUE_DATE -> Comparator.comparing(Client::dueDate, Comparator.nullsLast(Comparator.naturalOrder()));
            case STATUS -> Comparator.comparing((Client c) -> ClientStatus.of(c, today, dueSoonDays))
                    .thenComparing(Client::dueDate, Comparator.nullsLast(Comparator.naturalOrder()));
            case REMINDERS -> Comparator.comparing(Client::remindersEnabled);
        };
    }

    static String sortText(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 127) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower;
    }

    private record Key(ClientFilter filter, List<ClientSort> order, LocalDate today, long version) {
    }

    private record Result(Key key, List<Client> clients) {
    }
}
