package com.botclientemanager.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.storage.internal.LocalDocumentStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One module's section of settings.json: defaults until saved, hand edits read value by value, damage never hidden. */
class SettingsSectionTest {

    record Hours(LocalTime start, String note) {
    }

    private static final Hours DEFAULTS = new Hours(LocalTime.of(9, 0), "none");

    @TempDir
    Path dataDir;

    @Test
    void untilSavedTheDefaultsAndASaveKeepsOtherKeysAndFieldsItDoesNotKnow() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"),
                "{\"pix\": {\"key\": \"a@b.c\"}, \"hours\": {\"start\": \"25:99\", \"newer\": true}}");
        try (DataDirectory directory = directory()) {
            SettingsSection<Hours> hours = section(new LocalDocumentStore(directory, Clock.systemUTC()));
            assertThat(hours.read()).as("an unreadable time falls back alone").isEqualTo(new Hours(LocalTime.of(9, 0), "none"));
            hours.write("Atualiza horário", new Hours(LocalTime.of(7, 30), "cedo"));
            assertThat(hours.read()).isEqualTo(new Hours(LocalTime.of(7, 30), "cedo"));
        }
        assertThat(Files.readString(dataDir.resolve("settings.json"))).contains("a@b.c").contains("\"newer\" : true")
                .contains("\"07:30\"");
    }

    @Test
    void aDamagedSettingsFileIsNeitherReadAsDefaultsNorWrittenOver() throws Exception {
        String damaged = "{\"hours\": {\"start\": \"08:00\", ";
        Files.writeString(dataDir.resolve("settings.json"), damaged);
        try (DataDirectory directory = directory()) {
            SettingsSection<Hours> hours = section(new LocalDocumentStore(directory, Clock.systemUTC()));
            assertThatThrownBy(hours::read).isInstanceOf(DamagedDocumentException.class);
            assertThatThrownBy(hours::isSaved).isInstanceOf(DamagedDocumentException.class);
            assertThatThrownBy(() -> hours.write("Atualiza horário", DEFAULTS)).isInstanceOf(DamagedDocumentException.class);
        }
        assertThat(Files.readString(dataDir.resolve("settings.json"))).isEqualTo(damaged);
    }

    private DataDirectory directory() {
        return new DataDirectory(new StorageProperties(dataDir, new StorageProperties.Storage(StorageProperties.Type.LOCAL)));
    }

    private static SettingsSection<Hours> section(DocumentStore store) {
        return new SettingsSection<>(store, "hours", DEFAULTS,
                (saved, defaults) -> new Hours(SettingsSection.time(saved, "start").orElse(defaults.start()),
                        SettingsSection.text(saved, "note").orElse(defaults.note())),
                (hours, section) -> section.put("start", hours.start().toString()).put("note", hours.note()));
    }
}
