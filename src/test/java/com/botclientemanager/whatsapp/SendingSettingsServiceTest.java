package com.botclientemanager.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.internal.DocumentReader;
import com.botclientemanager.storage.internal.LocalDocumentStore;
import com.botclientemanager.testing.RunningAppTest;
import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.whatsapp.WhatsAppProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/** The sending settings in the running app's settings.json: defaults from app.whatsapp.*, saved values, refusals. */
class SendingSettingsServiceTest extends RunningAppTest {

    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @Autowired
    SendingSettingsService sending;
    @Autowired
    DocumentStore store;
    @Autowired
    WhatsAppProperties properties;

    @BeforeEach
    @AfterEach
    void forgetSavedSettings() {
        change(document -> {
            document.remove("sending");
            return document;
        });
    }

    @Test
    void withNothingSavedThePropertiesApply() {
        assertThat(sending.current()).isEqualTo(new SendingSettings(LocalTime.of(8, 0), LocalTime.of(21, 0),
                EnumSet.allOf(DayOfWeek.class), 3, 300));
    }

    @Test
    void savedSettingsAreReadBackByANewServiceAndOtherKeysAreKept() {
        change(document -> {
            document.putObject("pix").put("key", "kept@example.com");
            return document;
        });
        SendingSettings wanted = new SendingSettings(LocalTime.of(9, 30), LocalTime.of(18, 0), WEEKDAYS, 2, 50);

        sending.save(wanted);

        assertThat(new SendingSettingsService(store, properties).current()).isEqualTo(wanted);
        ObjectNode settings = store.read(Document.SETTINGS);
        assertThat(settings.path("pix").path("key").stringValue()).isEqualTo("kept@example.com");
        assertThat(settings.path("sending").path("windowStart").stringValue()).isEqualTo("09:30");
        assertThat(settings.path("sending").path("days")).hasSize(5);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndTheSavedSettingsStay() {
        SendingSettings saved = sending.save(new SendingSettings(LocalTime.of(9, 0), LocalTime.of(20, 0), WEEKDAYS, 3, 100));

        assertRefused(new SendingSettings(LocalTime.of(20, 0), LocalTime.of(9, 0), WEEKDAYS, 3, 100),
                "windowEnd", "sending.error.window.order");
        assertRefused(new SendingSettings(LocalTime.of(9, 0), LocalTime.of(9, 0), WEEKDAYS, 3, 100),
                "windowEnd", "sending.error.window.order");
        assertRefused(new SendingSettings(null, LocalTime.of(20, 0), WEEKDAYS, 3, 100),
                "windowStart", "sending.error.window-start.required");
        assertRefused(new SendingSettings(LocalTime.of(9, 0), null, WEEKDAYS, 3, 100),
                "windowEnd", "sending.error.window-end.required");
        assertRefused(new SendingSettings(LocalTime.of(9, 0), LocalTime.of(20, 0), Set.of(), 3, 100),
                "days", "sending.error.days.required");
        assertRefused(new SendingSettings(LocalTime.of(9, 0), LocalTime.of(20, 0), WEEKDAYS, 0, 100),
                "ratePerMinute", "sending.error.rate.range");
        assertRefused(new SendingSettings(LocalTime.of(9, 0), LocalTime.of(20, 0), WEEKDAYS,
                WhatsAppProperties.MAX_RATE_PER_MINUTE + 1, 100), "ratePerMinute", "sending.error.rate.range");
        assertRefused(new SendingSettings(LocalTime.of(9, 0), LocalTime.of(20, 0), WEEKDAYS, 3, -1),
                "dailyCap", "sending.error.cap.range");

        assertThat(sending.current()).isEqualTo(saved);
        assertThat(new SendingSettingsService(store, properties).current()).isEqualTo(saved);
    }

    @Test
    void aDailyCapOfZeroIsAPause() {
        SendingSettings paused = new SendingSettings(LocalTime.of(8, 0), LocalTime.of(21, 0), WEEKDAYS, 3, 0);
        assertThat(sending.save(paused)).isEqualTo(paused);
        assertThat(sending.current().dailyCap()).isZero();
    }

    @Test
    void valuesEditedByHandThatMakeNoSenseDamageSettingsInsteadOfFallingBackToTheProperties(@TempDir Path dataDir)
            throws Exception {
        String edited = "{\"sending\":{\"windowStart\":\"22:00\",\"windowEnd\":\"07:00\",\"days\":[\"SUNDAY\",\"FUNDAY\"],"
                + "\"ratePerMinute\":\"fast\",\"dailyCap\":\"0\"}}";
        Files.writeString(dataDir.resolve("settings.json"), edited);
        try (DataDirectory folder = new DataDirectory(new StorageProperties(dataDir,
                new StorageProperties.Storage(StorageProperties.Type.LOCAL)))) {
            SendingSettingsService handEdited = new SendingSettingsService(new LocalDocumentStore(folder, Clock.systemUTC(),
                    new DocumentReader(() -> List.of(new SendingSettingsCheck()))), properties);

            assertThatThrownBy(handEdited::current).as("not the properties' daily cap of 300")
                    .isInstanceOf(DamagedDocumentException.class);
            assertThatThrownBy(() -> handEdited.save(new SendingSettings(LocalTime.of(8, 0), LocalTime.of(21, 0), WEEKDAYS,
                    3, 300))).isInstanceOf(DamagedDocumentException.class);
            assertThat(Files.readString(dataDir.resolve("settings.json"))).isEqualTo(edited);
        }
    }

    private void assertRefused(SendingSettings settings, String field, String key) {
        assertThatThrownBy(() -> sending.save(settings)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    private void change(UnaryOperator<ObjectNode> change) {
        store.update(Document.SETTINGS, new DocumentChange("test", change));
    }
}
