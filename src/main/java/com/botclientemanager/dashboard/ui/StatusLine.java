package com.botclientemanager.dashboard.ui;

import com.botclientemanager.dashboard.QueueForecast;
import com.botclientemanager.reminders.PlannedReminder;
import com.botclientemanager.ui.UiFormat;
import com.botclientemanager.whatsapp.ConnectionStatus.ConnectionState;
import com.botclientemanager.whatsapp.ConnectionStatus;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/** One line at the top of the dashboard: "WhatsApp conectado · Próximo lembrete hoje às 09:00 (Maria)". */
class StatusLine extends Div {

    private static final String WHATSAPP_PAGE = "whatsapp";

    private final Anchor whatsapp = new Anchor(WHATSAPP_PAGE, "");
    private final Span next = new Span();
    private final Span queue = new Span();
    private final UiFormat format;
    private final DateTimeFormatter time;

    StatusLine(UiFormat format) {
        this.format = format;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(format.locale());
        setId("status-line");
        addClassNames("status-line");
        whatsapp.setId("status-whatsapp");
        next.setId("status-next-reminder");
        queue.setId("status-queue");
        queue.setVisible(false);
        add(whatsapp, next, queue);
        showConnection(null);
    }

    /** The WhatsApp link state; null while it is being checked. */
    void showConnection(ConnectionStatus status) {
        ConnectionState state = status == null ? null : status.state();
        whatsapp.setText(getTranslation(state == null ? "dashboard.status.whatsapp.checking" : switch (state) {
            case CONNECTED -> "dashboard.status.whatsapp.connected";
            case WAITING_FOR_QR -> "dashboard.status.whatsapp.waiting-for-qr";
            case DISCONNECTED -> "dashboard.status.whatsapp.disconnected";
            case TEST_MODE -> "dashboard.status.whatsapp.test-mode";
            case ERROR -> "dashboard.status.whatsapp.error";
        }));
        whatsapp.getElement().setAttribute("data-state", state == null ? "checking" : state.name().toLowerCase(Locale.ROOT));
        whatsapp.getElement().getThemeList().clear();
        whatsapp.getElement().getThemeList().add("badge");
        if (state == ConnectionState.CONNECTED) {
            whatsapp.getElement().getThemeList().add("success");
        } else if (state == ConnectionState.ERROR || state == ConnectionState.DISCONNECTED) {
            whatsapp.getElement().getThemeList().add("error");
        } else if (state == ConnectionState.TEST_MODE) {
            whatsapp.getElement().getThemeList().add("contrast");
        }
    }

    /** "12 lembretes na fila, terminam por volta de 20:40", and a warning when the window closes first. */
    void showQueue(Optional<QueueForecast> forecast) {
        queue.setVisible(forecast.isPresent());
        queue.getElement().getThemeList().clear();
        forecast.ifPresent(f -> {
            String text = getTranslation("dashboard.status.queue", f.queued(), time.format(f.finishesAt()));
            if (f.outlastsWindow()) {
                text += " " + getTranslation("dashboard.status.queue.window", time.format(f.windowEnd()), f.leftOver());
                queue.getElement().getThemeList().add("badge warning");
            }
            queue.setText(text);
        });
    }

    void showNextReminder(Optional<PlannedReminder> reminder, LocalDate today) {
        if (reminder.isEmpty()) {
            next.setText(getTranslation("dashboard.status.next.none"));
            return;
        }
        PlannedReminder r = reminder.get();
        String at = time.format(r.sendAt());
        String name = r.clientName() == null || r.clientName().isBlank() ? "+" + r.phone() : r.clientName().strip();
        LocalDate day = r.sendAt().toLocalDate();
        if (day.equals(today)) {
            next.setText(getTranslation("dashboard.status.next.today", at, name));
        } else if (day.equals(today.plusDays(1))) {
            next.setText(getTranslation("dashboard.status.next.tomorrow", at, name));
        } else {
            next.setText(getTranslation("dashboard.status.next.later", format.day(day), at, name));
        }
    }
}
