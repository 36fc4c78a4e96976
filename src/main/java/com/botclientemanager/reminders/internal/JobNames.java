package com.botclientemanager.reminders.internal;

import com.botclientemanager.reminders.PlannedReminder;
import com.botclientemanager.templates.TemplateKind;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;

/**
 * Names and tags of our JobRunr jobs, in the language of the messages ({@code app.templates.message-locale}), so the
 * "Tarefas agendadas" page reads "Lembrete de vencimento (3 dias antes) — Maria" with tags such as "lembrete" and
 * "Antes do vencimento", never a class name.
 */
public class JobNames {

    private final I18NProvider i18n;
    private final Locale locale;

    public JobNames(I18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
    }

    public String reminder(PlannedReminder reminder) {
        int offset = reminder.offsetDays();
        String when = offset == 0 ? tr("jobs.reminder.due-day")
                : i18n.getTranslation(offset < 0 ? "jobs.reminder.before" : "jobs.reminder.after", locale, Math.abs(offset));
        return i18n.getTranslation("jobs.reminder.name", locale, when, reminder.clientName());
    }

    /** "lembrete" and the kind's label ("Antes do vencimento"); the raw kind when it is not one we know. */
    public String[] reminderTags(PlannedReminder reminder) {
        String kind = TemplateKind.fromJson(reminder.kind()).map(k -> tr(k.labelKey())).orElse(reminder.kind());
        return List.of(tr("jobs.tag.reminder"), kind).toArray(String[]::new);
    }

    /** The recurring check that plans reminders. */
    public String sweep() {
        return tr("jobs.sweep.name");
    }

    private String tr(String key) {
        return i18n.getTranslation(key, locale);
    }
}
