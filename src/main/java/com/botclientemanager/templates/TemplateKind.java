package com.botclientemanager.templates;

import java.util.Locale;
import java.util.Optional;

/** What a template is for. Reminder kinds are sent relative to the due date, by their offset in days. */
public enum TemplateKind {
    BEFORE_DUE, DUE_DAY, OVERDUE, CONFIRMATION, WELCOME, MANUAL;

    /** The name in {@code templates.json}: {@code before_due}, {@code due_day}, ... */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TemplateKind> fromJson(String value) {
        for (TemplateKind kind : values()) {
            if (kind.json().equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Sent automatically on due date + offset days. */
    public boolean isReminder() {
        return this == BEFORE_DUE || this == DUE_DAY || this == OVERDUE;
    }

    /** Whether an offset fits this kind: before the due date is negative, the due day zero, overdue positive. */
    public boolean acceptsOffset(int offsetDays) {
        return switch (this) {
            case BEFORE_DUE -> offsetDays < 0;
            case DUE_DAY -> offsetDays == 0;
            case OVERDUE -> offsetDays > 0;
            default -> true;
        };
    }

    /** i18n key of the kind's label ("Antes do vencimento"). */
    public String labelKey() {
        return "templates.kind." + json();
    }
}
