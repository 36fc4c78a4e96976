package com.botclientemanager.clients.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.clients.Billing;
import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientCalendar;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.ClientSettingsService;
import com.botclientemanager.clients.ClientsProperties;
import com.botclientemanager.clients.PaymentMethod;
import com.botclientemanager.clients.PaymentRequest;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.clients.internal.PaymentsMigration;
import com.botclientemanager.plans.Plan;
import com.botclientemanager.plans.PlanCatalogue;
import com.botclientemanager.plans.PlanClients;
import com.botclientemanager.plans.PlanService;
import com.botclientemanager.plans.PriceChange;
import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.internal.LocalDocumentStore;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** A plan's new price reaching its clients now, at their next renewal, or not at all; on a real local store. */
class PlanPriceChangesTest {

    private static final LocalDate TODAY = LocalDate.of(2028, 1, 20);
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    @TempDir
    Path dataDir;
    private DataDirectory data;
    private DocumentStore store;
    private ClientDirectory clients;
    private PlanCatalogue catalogue;
    private Plan plan;

    @BeforeEach
    void setUp() {
        data = new DataDirectory(new StorageProperties(dataDir, null));
        store = new LocalDocumentStore(data, Clock.systemUTC());
        clients = new ClientDirectory(store, e -> { });
        PlanClients planClients = new CataloguePlanClients(clients);
        catalogue = new PlanCatalogue(store, new StaticListableBeanFactory(Map.of("planClients", planClients))
                .getBeanProvider(PlanClients.class));
        plan = catalogue.save(new Plan(null, "Completo 2 telas", PlanService.IPTV, new BigDecimal("30"),
                Period.ofMonths(1), 2, true), PriceChange.NOW);
        clients.saveAll(List.of(client("follows", plan.id(), "30"), client("own-price", plan.id(), "25"),
                client("no-plan", null, "30")));
    }

    @AfterEach
    void tearDown() throws Exception {
        data.close();
    }

    @Test
    void nowChangesThePriceOfTheClientsWhoPayThePlansPrice() {
        assertThat(catalogue.clientCount(plan.id())).isEqualTo(2);

        catalogue.save(withPrice("35"), PriceChange.NOW);

        assertThat(price("follows")).isEqualByComparingTo("35");
        assertThat(price("own-price")).as("a price set apart from the plan's is kept").isEqualByComparingTo("25");
        assertThat(price("no-plan")).isEqualByComparingTo("30");
        assertThat(catalogue.find(plan.id()).orElseThrow().price()).isEqualByComparingTo("35");
    }

    @Test
    void atTheNextRenewalKeepsThePriceUntilAPaymentRenewsTheClientAndUndoPutsItBack() throws Exception {
        catalogue.save(withPrice("35"), PriceChange.NEXT_RENEWAL);
        assertThat(price("follows")).isEqualByComparingTo("30");
        assertThat(Files.readString(dataDir.resolve("clients.json"))).contains("\"next_value\"");
        ClientCalendar calendar = new ClientCalendar(Clock.fixed(TODAY.atTime(12, 0).atZone(SAO_PAULO).toInstant(),
                SAO_PAULO));
        PaymentService payments = new PaymentService(store, clients, calendar,
                new ClientSettingsService(store, ClientsProperties.defaults()), e -> { }, new PaymentsMigration(store));

        // a partial payment does not renew: the period still costs the old price
        payments.markPaid("follows", new PaymentRequest(TODAY, new BigDecimal("10"), PaymentMethod.PIX, "", 1,
                BigDecimal.ZERO, true));
        assertThat(clients.find("follows").orElseThrow().balance()).isEqualByComparingTo("20");
        payments.markPaid("follows", new PaymentRequest(TODAY, new BigDecimal("20"), PaymentMethod.PIX, "", 1,
                BigDecimal.ZERO, true));

        Client renewed = clients.find("follows").orElseThrow();
        assertThat(renewed.dueDate()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(renewed.value()).isEqualByComparingTo("35");
        assertThat(renewed.billingOrNone().nextValue()).isNull();
        assertThat(price("own-price")).isEqualByComparingTo("25");

        Client undone = payments.undoLastPayment("follows");
        assertThat(undone.value()).isEqualByComparingTo("30");
        assertThat(undone.billingOrNone().nextValue()).isEqualByComparingTo("35");
        assertThat(undone.balance()).isEqualByComparingTo("20");
        assertThat(clients.find("follows").orElseThrow().dueDate()).isEqualTo(LocalDate.of(2028, 1, 31));
    }

    @Test
    void notAtAllLeavesEveryClientAsItWasAndOnlyThePlanChanges() throws Exception {
        String before = Files.readString(dataDir.resolve("clients.json"));

        catalogue.save(withPrice("35"), PriceChange.NOT_AT_ALL);

        assertThat(Files.readString(dataDir.resolve("clients.json"))).isEqualTo(before);
        assertThat(catalogue.find(plan.id()).orElseThrow().price()).isEqualByComparingTo("35");
    }

    @Test
    void renamingAPlanRenamesItOnItsClientsForThePlanPlaceholder() {
        catalogue.save(new Plan(plan.id(), "Completo 3 telas", plan.service(), plan.price(), plan.duration(), 3, true),
                PriceChange.NOT_AT_ALL);

        assertThat(clients.find("follows").orElseThrow().planName()).isEqualTo("Completo 3 telas");
        assertThat(clients.find("own-price").orElseThrow().planName()).isEqualTo("Completo 3 telas");
        assertThat(clients.find("no-plan").orElseThrow().planName()).isEqualTo("Antigo");
    }

    private Plan withPrice(String price) {
        return new Plan(plan.id(), plan.name(), plan.service(), new BigDecimal(price), plan.duration(), plan.screens(),
                plan.active());
    }

    private BigDecimal price(String id) {
        return clients.find(id).orElseThrow().value();
    }

    private static Client client(String id, String planId, String value) {
        return new Client(id, id, "5511987650001", "IPTV", new BigDecimal(value), LocalDate.of(2028, 1, 31),
                LocalTime.of(9, 0), LocalTime.of(9, 0), "", "", LocalDateTime.of(2027, 1, 1, 10, 0),
                planId == null ? "Antigo" : "Completo 2 telas", "", true, true, Period.ofMonths(1), false, null, null,
                new Billing(planId, null, null));
    }
}
