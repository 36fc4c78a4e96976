package com.botclientemanager.clients;

import com.botclientemanager.access.AccessService;
import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.internal.LocalDocumentStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The clients module on a real local store in a temporary data dir, with "today" fixed. */
final class ClientsFixture implements AutoCloseable {

    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    final DataDirectory dataDirectory;
    final DocumentStore store;
    final List<Object> events = new ArrayList<>();
    final ClientDirectory directory;
    final ClientCalendar calendar;
    final ClientsProperties properties;
    final ClientSettingsService settings;
    final AccessService access;

    ClientsFixture(Path dataDir, LocalDate today, ClientsProperties properties) {
        this.dataDirectory = new DataDirectory(new StorageProperties(dataDir, null));
        this.store = new LocalDocumentStore(dataDirectory, Clock.systemUTC());
        this.directory = new ClientDirectory(store, events::add);
        this.calendar = new ClientCalendar(Clock.fixed(today.atTime(12, 0).atZone(SAO_PAULO).toInstant(), SAO_PAULO));
        this.properties = properties;
        this.settings = new ClientSettingsService(store, properties);
        this.access = new AccessService(store, dataDirectory);
    }

    ClientsFixture(Path dataDir, LocalDate today) {
        this(dataDir, today, ClientsProperties.defaults());
    }

    PaymentService payments() {
        return new PaymentService(store, directory, calendar, settings, events::add,
                new com.botclientemanager.clients.internal.PaymentsMigration(store));
    }

    ClientImport importer() {
        return new ClientImport(directory, new PhoneNumbers("BR"), calendar, properties, settings, access);
    }

    ClientQuery query() {
        return new ClientQuery(directory, calendar, properties);
    }

    static Client client(String name, String phone, String value, LocalDate due) {
        return new Client(UUID.randomUUID().toString(), name, phone, "IPTV", new BigDecimal(value), due,
                LocalTime.of(9, 0), LocalTime.of(9, 0), "", "", LocalDateTime.of(2025, 1, 1, 10, 0), "Completo", "",
                true, true, Period.ofMonths(1), false);
    }

    @Override
    public void close() throws IOException {
        dataDirectory.close();
    }
}
