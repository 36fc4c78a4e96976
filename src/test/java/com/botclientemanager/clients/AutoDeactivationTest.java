package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.testing.MutableClock;
import com.botclientemanager.validation.InvalidInputException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule "desativar após N dias em atraso" on a real store, with São Paulo's midnight as the day's edge. */
class AutoDeactivationTest {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dataDir;
    private ClientsFixture fixture;
    private MutableClock clock;
    private AutoDeactivation rule;

    @BeforeEach
    void setUp() {
        fixture = new ClientsFixture(dataDir, DUE);
        clock = new MutableClock(saoPaulo(2026, 11, 29, 23, 30));
        rule = new AutoDeactivation(fixture.store, fixture.directory,
                new ClientCalendar(clock.withZone(ClientsFixture.SAO_PAULO)), fixture.settings);
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
    }

    @Test
    void aClientFlipsAtSaoPaulosMidnightNotUtcs() {
        rule3Days();
        Client late = fixture.directory.save(ClientsFixture.client("Maria", "5511987654321", "35.00", DUE));

        // 23:30 in São Paulo is already the 30th in UTC (3 days overdue there), but only 2 days here
        assertThat(rule.deactivateOverdue()).isEmpty();
        assertThat(fixture.directory.find(late.id()).orElseThrow().active()).isTrue();

        clock.set(saoPaulo(2026, 11, 30, 0, 5));
        assertThat(rule.deactivateOverdue()).singleElement().satisfies(d -> {
            assertThat(d.clientId()).isEqualTo(late.id());
            assertThat(d.daysOverdue()).isEqualTo(3);
            assertThat(d.at()).isEqualTo(LocalDateTime.of(2026, 11, 30, 0, 5));
        });
        assertThat(fixture.directory.find(late.id()).orElseThrow().active()).isFalse();
        assertThat(rule.standingIn(YearMonth.of(2026, 11))).hasSize(1);
    }

    @Test
    void undoReactivatesAndTheRuleLeavesThatDueDateAlone() {
        rule3Days();
        Client late = fixture.directory.save(ClientsFixture.client("Maria", "5511987654321", "35.00", DUE));
        clock.set(saoPaulo(2026, 11, 30, 1, 0));
        AutoDeactivated entry = rule.deactivateOverdue().getFirst();

        assertThat(rule.undo(entry.id()).active()).isTrue();
        clock.set(saoPaulo(2026, 12, 5, 1, 0));
        assertThat(rule.deactivateOverdue()).isEmpty();
        assertThat(fixture.directory.find(late.id()).orElseThrow().active()).isTrue();
        assertThat(rule.of(late.id())).singleElement().satisfies(d -> assertThat(d.undone()).isTrue());
        assertThat(rule.standingIn(YearMonth.of(2026, 11))).isEmpty();
        assertThatThrownBy(() -> rule.undo(entry.id())).isInstanceOf(ClientException.class);

        // a new due date that is missed too is a new case for the rule
        fixture.directory.save(fixture.directory.find(late.id()).orElseThrow().withDueDate(DUE.plusMonths(1)));
        clock.set(saoPaulo(2027, 1, 1, 0, 1));
        assertThat(rule.deactivateOverdue()).singleElement()
                .satisfies(d -> assertThat(d.dueDate()).isEqualTo(DUE.plusMonths(1)));
    }

    @Test
    void offByDefaultAndAnInactiveOrRecentClientIsLeftAlone() {
        fixture.directory.save(ClientsFixture.client("Maria", "5511987654321", "35.00", DUE.minusMonths(3)));
        clock.set(saoPaulo(2026, 12, 30, 12, 0));
        assertThat(rule.deactivateOverdue()).as("rule off").isEmpty();

        rule3Days();
        fixture.directory.save(ClientsFixture.client("João", "5511987654322", "35.00", LocalDate.of(2026, 12, 28)));
        fixture.directory.save(ClientsFixture.client("Ana", "5511987654323", "35.00", DUE).withActive(false));
        assertThat(rule.deactivateOverdue()).extracting(AutoDeactivated::clientName).containsExactly("Maria");
    }

    @Test
    void aDayCountOutOfRangeIsRefusedAndNotStored() {
        ClientSettings current = fixture.settings.current();
        assertThatThrownBy(() -> fixture.settings.save(new ClientSettings(current.phoneRegion(), current.renewFrom(),
                current.reminderTime(), 0))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fixture.settings.save(new ClientSettings(current.phoneRegion(), current.renewFrom(),
                current.reminderTime(), 366))).isInstanceOf(InvalidInputException.class);
        assertThat(fixture.settings.saved().deactivateAfterDays()).isNull();
    }

    private void rule3Days() {
        ClientSettings current = fixture.settings.current();
        fixture.settings.save(new ClientSettings(current.phoneRegion(), current.renewFrom(), LocalTime.of(9, 0), 3));
    }

    private static java.time.Instant saoPaulo(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(ClientsFixture.SAO_PAULO).toInstant();
    }
}
