package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.clients.ClientsProperties.RenewFrom;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.validation.InvalidInputException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client defaults of the settings page: stored under "clients" in settings.json, used by form, phones and renewals. */
class ClientSettingsServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dataDir;

    @Test
    void untilSavedTheDefaultsAreTheConfiguredOnesAndASaveSurvivesARestart() throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            assertThat(fixture.settings.current())
                    .isEqualTo(new ClientSettings("BR", RenewFrom.DUE_DATE, LocalTime.of(9, 0)));
            fixture.store.update(Document.SETTINGS, new DocumentChange("pix", d -> {
                d.putObject("pix").put("key", "a@b.c");
                return d;
            }));
            ClientSettings saved = fixture.settings.save(new ClientSettings(" pt ", RenewFrom.TODAY, LocalTime.of(7, 30, 59)));
            assertThat(saved).isEqualTo(new ClientSettings("PT", RenewFrom.TODAY, LocalTime.of(7, 30)));
        }
        String file = Files.readString(dataDir.resolve("settings.json"));
        assertThat(file).contains("\"pix\"").contains("a@b.c").contains("\"renew_from\"").contains("\"today\"")
                .contains("\"07:30\"");
        try (ClientsFixture restarted = new ClientsFixture(dataDir, TODAY)) {
            assertThat(restarted.settings.current()).isEqualTo(new ClientSettings("PT", RenewFrom.TODAY, LocalTime.of(7, 30)));
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "XX,   DUE_DATE, 10:00, clients.settings.error.region",
            "'',   DUE_DATE, 10:00, clients.settings.error.region",
            "null, DUE_DATE, 10:00, clients.settings.error.region",
            "BR,   null,     10:00, clients.settings.error.renew-from",
            "BR,   TODAY,    null,  clients.settings.error.time"})
    void aBadValueIsRefusedAndNothingIsStored(String region, RenewFrom renewFrom, LocalTime time, String key)
            throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            fixture.settings.save(new ClientSettings("AR", RenewFrom.TODAY, LocalTime.of(8, 0)));
            assertThatThrownBy(() -> fixture.settings.save(new ClientSettings(region, renewFrom, time)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
            assertThat(fixture.settings.current()).isEqualTo(new ClientSettings("AR", RenewFrom.TODAY, LocalTime.of(8, 0)));
        }
    }

    @Test
    void aHandEditedUnreadableValueFallsBackToTheConfiguredOneAlone() throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            fixture.store.update(Document.SETTINGS, new DocumentChange("hand edit", d -> {
                d.putObject("clients").put("phone_region", "ZZ").put("renew_from", "today").put("default_reminder_time", "25:99");
                return d;
            }));
            assertThat(fixture.settings.current()).isEqualTo(new ClientSettings("BR", RenewFrom.TODAY, LocalTime.of(9, 0)));
        }
    }

    @Test
    void theSavedDefaultsApplyAtOnceToTheFormThePhonesAndTheRenewals() throws Exception {
        try (ClientsFixture fixture = new ClientsFixture(dataDir, TODAY)) {
            ClientService service = new ClientService(fixture.directory, fixture.calendar, fixture.settings);
            PhoneNumbers phones = new PhoneNumbers(fixture.settings);
            Client overdue = fixture.directory.save(ClientsFixture.client("Caio", "5511999887766", "30",
                    LocalDate.of(2026, 1, 5)));
            assertThat(phones.normalise("912 345 678")).isEmpty();
            assertThat(fixture.payments().nextDueDate(overdue, TODAY)).isEqualTo(LocalDate.of(2026, 2, 5));

            fixture.settings.save(new ClientSettings("PT", RenewFrom.TODAY, LocalTime.of(10, 15)));

            assertThat(phones.normalise("912 345 678")).contains("351912345678");
            assertThat(phones.normalise("+55 11 99988-7766")).contains("5511999887766");
            assertThat(phones.defaultCountryCode()).isEqualTo(351);
            assertThat(fixture.payments().nextDueDate(overdue, TODAY)).isEqualTo(LocalDate.of(2026, 4, 10));
            ClientForm form = service.newForm();
            assertThat(form.getReminderTimeBeforeDue()).isEqualTo(LocalTime.of(10, 15));
            assertThat(form.getReminderTimeDueDay()).isEqualTo(LocalTime.of(10, 15));
            Client withoutTimes = new Client("x", "Sem", "5511999887766", "IPTV", BigDecimal.TEN, TODAY, null,
                    LocalTime.of(18, 0), "", "", null, "", "", true, true, null, false);
            assertThat(service.formOf(withoutTimes).getReminderTimeBeforeDue()).isEqualTo(LocalTime.of(10, 15));
            assertThat(service.formOf(withoutTimes).getReminderTimeDueDay()).isEqualTo(LocalTime.of(18, 0));
        }
    }
}
