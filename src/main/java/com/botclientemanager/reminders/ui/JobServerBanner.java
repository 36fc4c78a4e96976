package com.botclientemanager.reminders.ui;

import com.botclientemanager.reminders.JobServerStatus;
import com.botclientemanager.reminders.JobServerStatus.Outage;
import com.botclientemanager.reminders.JobServerStatusChanged;
import com.botclientemanager.reminders.ReminderProperties;
import com.botclientemanager.ui.LiveUpdates;
import com.botclientemanager.ui.ShellBanner;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.beans.factory.ObjectProvider;

/**
 * On every page: "the job server stopped at 10:15" while JobRunr's job server is down (no reminder goes out), and for a
 * day after it was restarted, so the admin knows reminders may have gone out late. Pages already open get it pushed.
 */
@org.springframework.stereotype.Component
class JobServerBanner implements ShellBanner {

    static final Duration SHOWN_AFTER_RESTART = Duration.ofHours(24);

    private final ObjectProvider<JobServerStatus> status;
    private final ReminderProperties reminders;
    private final Clock clock;
    private final LiveUpdates live;

    JobServerBanner(ObjectProvider<JobServerStatus> status, ReminderProperties reminders, Clock clock, LiveUpdates live) {
        this.status = status;
        this.reminders = reminders;
        this.clock = clock;
        this.live = live;
    }

    @Override
    public Component create() {
        JobServerStatus current = status.getIfAvailable();
        // without a job server in this instance there is nothing to watch; otherwise the banner waits, hidden
        return current == null ? null : new Banner(current);
    }

    private final class Banner extends Span {

        private final JobServerStatus status;

        Banner(JobServerStatus status) {
            this.status = status;
            setId("job-server-banner");
            addClassNames("job-server-banner");
            getStyle().set("white-space", "normal").set("font-size", "var(--lumo-font-size-xs)");
            show(status.lastOutage().orElse(null));
            live.whileAttached(this, changes -> show(this.status.lastOutage().orElse(null)),
                    JobServerStatusChanged.class);
        }

        private void show(Outage outage) {
            boolean shown = outage != null && (outage.ongoing()
                    || !outage.restartedAt().isBefore(clock.instant().minus(SHOWN_AFTER_RESTART)));
            setVisible(shown);
            if (!shown) {
                return;
            }
            getElement().getThemeList().clear();
            getElement().getThemeList().add(outage.ongoing() ? "badge error" : "badge contrast");
            setText(outage.ongoing()
                    ? getTranslation("reminders.banner.job-server-down", time(outage.stoppedAt()))
                    : getTranslation("reminders.banner.job-server-restarted", time(outage.stoppedAt()),
                            time(outage.restartedAt())));
        }

        /** "10:15" today, with the date when it was another day. */
        private String time(Instant instant) {
            ZonedDateTime at = instant.atZone(reminders.zone());
            boolean today = at.toLocalDate().equals(clock.instant().atZone(reminders.zone()).toLocalDate());
            DateTimeFormatter format = today ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);
            return at.format(format.withLocale(getLocale()));
        }
    }
}
