package com.botclientemanager.reminders.internal;

import com.botclientemanager.reminders.PlannedReminder;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;

/** Readable job names for JobRunr's dashboard, in the language of the messages ("Lembrete −3 dias para Maria Santos"). */
public class JobNames {

    private final I18NProvider i18n;
    private final Locale locale;

    public JobNames(I18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
    }

    public String reminder(PlannedReminder reminder) {
        int offset = reminder.offsetDays();
        String when = offset == 0 ? i18n.getTranslation("reminders.job.dueDay", locale)
                : i18n.getTranslation(offset < 0 ? "reminders.job.before" : "reminders.job.after", locale, Math.abs(offset));
        return i18n.getTranslation("reminders.job.name", locale, when, reminder.clientName());
    }
}
