package com.botclientemanager.clients.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;
import java.util.function.Function;

/** The client screens' date fields: typed in the user's format, an impossible date said so, Esc never wiping the text. */
final class DateInputs {

    private DateInputs() {
    }

    static void setUp(DatePicker picker, Locale uiLocale, Function<String, String> translate) {
        picker.setLocale(Formats.locale(uiLocale));
        picker.setI18n(Formats.datePickerI18n(uiLocale, translate)
                .setBadInputErrorMessage(translate.apply("clients.date-picker.invalid")));
        // The web component reverts the input to the last committed date on Esc, dropping what was typed (a whole date
        // in a new client's form). Here Esc only closes the calendar, which commits the typed date as Enter does; an
        // unreadable text stays in the field, marked invalid.
        picker.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  if (e.key !== 'Escape') return;
                  if (this.opened) this.close();
                  e.stopPropagation();
                }, true);""");
    }
}
