package com.botclientemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Day counts read as a person writes them: "1 dia", "2 dias"; "1 day", "2 days". */
class DayCountsTest {

    private final I18nProvider i18n = new I18nProvider();

    @Test
    void aTemplatesOffsetIsPluralisedInBothLanguages() {
        assertThat(i18n.getTranslation("templates.offset.before", I18nProvider.PT_BR, 1)).isEqualTo("1 dia antes do vencimento");
        assertThat(i18n.getTranslation("templates.offset.before", I18nProvider.PT_BR, 3)).isEqualTo("3 dias antes do vencimento");
        assertThat(i18n.getTranslation("templates.offset.after", I18nProvider.PT_BR, 1)).isEqualTo("1 dia depois do vencimento");
        assertThat(i18n.getTranslation("templates.offset.after", I18nProvider.PT_BR, 1500)).isEqualTo("1.500 dias depois do vencimento");
        assertThat(i18n.getTranslation("templates.offset.before", I18nProvider.EN, 1)).isEqualTo("1 day before the due date");
        assertThat(i18n.getTranslation("templates.offset.after", I18nProvider.EN, 2)).isEqualTo("2 days after the due date");
        assertThat(i18n.getTranslation("reminders.job.before", I18nProvider.PT_BR, 1)).isEqualTo("−1 dia");
    }
}
