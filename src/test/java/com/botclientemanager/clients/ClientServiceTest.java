package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dataDir;

    @Test
    void bulkActionsChangeEverySelectedClientInOneChange() throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            ClientService service = new ClientService(fixture.directory, fixture.calendar, fixture.settings);
            Client a = ClientsFixture.client("A", "5511900000001", "10", TODAY);
            Client b = ClientsFixture.client("B", "5511900000002", "10", TODAY);
            Client c = ClientsFixture.client("C", "5511900000003", "10", TODAY);
            fixture.directory.saveAll(List.of(a, b, c));
            fixture.events.clear();

            assertThat(service.setActive(Set.of(a.id(), b.id(), "gone"), false)).isEqualTo(2);
            assertThat(service.setReminders(Set.of(b.id(), c.id()), false)).isEqualTo(2);

            assertThat(fixture.events).filteredOn(ClientsChanged.class::isInstance).hasSize(2);
            assertThat(fixture.directory.find(a.id()).orElseThrow().active()).isFalse();
            assertThat(fixture.directory.find(b.id()).orElseThrow()).satisfies(x -> {
                assertThat(x.active()).isFalse();
                assertThat(x.remindersEnabled()).isFalse();
            });
            assertThat(fixture.directory.find(c.id()).orElseThrow()).satisfies(x -> {
                assertThat(x.active()).isTrue();
                assertThat(x.remindersEnabled()).isFalse();
            });
        }
    }

    @Test
    void switchingRemindersOffKeepsTheClientsServerPlanAndPartialPayments() throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            ClientService service = new ClientService(fixture.directory, fixture.calendar, fixture.settings);
            Client ana = ClientsFixture.client("Ana", "5511900000001", "30", TODAY)
                    .withOlderBotFields("srv-7", PaymentStatus.PENDING)
                    .withBilling(new Billing("plan-mensal", new BigDecimal("35"), new BigDecimal("10")));
            fixture.directory.saveAll(List.of(ana));

            service.setReminders(Set.of(ana.id()), false);

            assertThat(fixture.directory.find(ana.id()).orElseThrow()).satisfies(x -> {
                assertThat(x.remindersEnabled()).isFalse();
                assertThat(x.server()).isEqualTo("srv-7");
                assertThat(x.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
                assertThat(x.billing()).isEqualTo(ana.billing());
            });
        }
    }

    @Test
    void aDeletedClientCanBeRestoredAsItWas() throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            ClientService service = new ClientService(fixture.directory, fixture.calendar, fixture.settings);
            Client a = fixture.directory.save(ClientsFixture.client("Ana", "5511900000001", "10", TODAY));
            DeletedClient deleted = service.delete(a.id()).orElseThrow();
            assertThat(fixture.directory.find(a.id())).isEmpty();
            service.restore(deleted);
            assertThat(fixture.directory.find(a.id())).contains(a);
        }
    }

    @Test
    void undoingADeleteRestoresTheSeedClientByteForByteUnknownFieldsAndPlaceIncluded() throws Exception {
        String seed = """
                {"clients": [
                  {"id": "a1", "name": "Ana", "phone": "5511900000001", "plan_type": "IPTV", "value": 30,
                   "plan_duration": "2026-04-01", "reminder_time_3days": "09:00", "reminder_time_payment": "10:00",
                   "custom_message_3days": "", "custom_message_payment": "", "created_at": "2025-01-01T10:00:00.000001"},
                  {"id": "b2", "name": "Bruno", "phone": "5511900000002", "plan_type": "VPN", "value": "29,90",
                   "plan_duration": "2026-04-02", "reminder_time_3days": "8:5", "reminder_time_payment": "10:00",
                   "custom_message_3days": "Oi {nome}", "custom_message_payment": "", "created_at": "2025-02-01T10:00:00",
                   "telegram": "@bruno", "tags": ["vip", 1.50], "extra": {"nested": null}},
                  {"id": "c3", "name": "Carla", "phone": "5511900000003", "plan_type": "IPTV", "value": 25.0,
                   "plan_duration": "2026-04-03", "reminder_time_3days": "09:00", "reminder_time_payment": "10:00",
                   "custom_message_3days": "", "custom_message_payment": "", "created_at": "2025-03-01T10:00:00.000000"}
                ], "version": 3}
                """;
        java.nio.file.Files.writeString(dataDir.resolve("clients.json"), seed);
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            ClientService service = new ClientService(fixture.directory, fixture.calendar, fixture.settings);
            // one write through the store first, so the file is in the store's own layout
            fixture.directory.save(fixture.directory.find("a1").orElseThrow().withName("Ana Maria"));
            byte[] before = java.nio.file.Files.readAllBytes(dataDir.resolve("clients.json"));
            Client bruno = fixture.directory.find("b2").orElseThrow();

            DeletedClient deleted = service.delete("b2").orElseThrow();
            assertThat(fixture.directory.find("b2")).isEmpty();
            assertThat(java.nio.file.Files.readString(dataDir.resolve("clients.json"))).doesNotContain("telegram");
            assertThat(service.restore(deleted)).isEqualTo(bruno);

            assertThat(java.nio.file.Files.readAllBytes(dataDir.resolve("clients.json"))).isEqualTo(before);
            assertThat(fixture.directory.all()).extracting(Client::id).containsExactlyInAnyOrder("a1", "b2", "c3");
        }
    }

    @Test
    void theFormCreatesAndEditsClientsAndADuplicatePhoneIsFoundNotRefused() throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            ClientService service = new ClientService(fixture.directory, fixture.calendar, fixture.settings);
            ClientForm form = new ClientForm();
            form.setName("  Maria <i>Santos</i> ");
            form.setPhone("5511999887766");
            form.setService(ServiceType.OTHER);
            form.setOtherService("Streaming");
            form.setValue(new java.math.BigDecimal("29.90"));
            form.setDueDate(TODAY);
            form.setRenewal(RenewalPeriod.DAYS);
            form.setRenewalDays(45);
            Client created = service.create(form);
            assertThat(created.name()).isEqualTo("Maria <i>Santos</i>");
            assertThat(created.service()).isEqualTo("Streaming");
            assertThat(created.renewalPeriod()).isEqualTo(java.time.Period.ofDays(45));

            ClientForm again = ClientForm.of(created, java.time.LocalTime.of(9, 0));
            assertThat(again.getService()).isEqualTo(ServiceType.OTHER);
            assertThat(again.getRenewalDays()).isEqualTo(45);
            again.setPlanName("Premium");
            assertThat(service.update(created.id(), again).planName()).isEqualTo("Premium");

            assertThat(service.samePhone("5511999887766", null)).map(Client::id).contains(created.id());
            assertThat(service.samePhone("5511999887766", created.id())).isEmpty();
            Client second = service.create(form);
            assertThat(fixture.directory.count()).isEqualTo(2);
            assertThat(second.id()).isNotEqualTo(created.id());
        }
    }
}
