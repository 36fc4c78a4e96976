package com.botclientemanager.push.internal;

import com.botclientemanager.clients.PaidPayments;
import com.botclientemanager.whatsapp.MessageLog;
import com.botclientemanager.whatsapp.MessageStatus;
import com.botclientemanager.whatsapp.SendingSettings;
import com.botclientemanager.whatsapp.SendingSettingsService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At the end of the sending window ("horário de envio") on a sending day, one notification with the day's figures:
 * sent, failed, missed, payments received. Checked every minute; sent once a day, and only in the half hour after
 * the window closes, so a restart late at night does not send yesterday's summary again.
 */
@Component
public class DailySummary {

    static final Duration LATE_LIMIT = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(DailySummary.class);

    private final PushDispatcher dispatcher;
    private final SendingSettingsService sending;
    private final MessageLog messages;
    private final PaidPayments payments;
    private final Clock clock;
    private final SubscriptionRepository claims;
    private ScheduledExecutorService timer;

    DailySummary(PushDispatcher dispatcher, SendingSettingsService sending, MessageLog messages, PaidPayments payments,
            SubscriptionRepository claims, Clock clock) {
        this.claims = claims;
        this.dispatcher = dispatcher;
        this.sending = sending;
        this.messages = messages;
        this.payments = payments;
        this.clock = clock;
    }

    @PostConstruct
    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "push-daily-summary");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                sendIfDue(ZonedDateTime.now(clock.withZone(messages.zone())));
            } catch (RuntimeException e) {
                log.warn("Daily push summary skipped: {}", e.toString());
            }
        }, 1, 1, TimeUnit.MINUTES);
    }

    /** Sends the summary when {@code now} is in the half hour after today's window end; true when it did. */
    public synchronized boolean sendIfDue(ZonedDateTime now) {
        SendingSettings settings = sending.current();
        LocalDate today = now.toLocalDate();
        LocalTime end = settings.windowEnd();
        LocalTime time = now.toLocalTime();
        boolean due = settings.days().contains(today.getDayOfWeek()) && !time.isBefore(end)
                && time.isBefore(end.plus(LATE_LIMIT)) && end.plus(LATE_LIMIT).isAfter(end);
        if (!due || !claims.claimDailySummary(today, clock.instant())) {
            return false;
        }
        Map<MessageStatus, Integer> counts = messages.countsByDay(today, now.getZone()).getOrDefault(today, Map.of());
        long sent = counts.entrySet().stream().filter(e -> e.getKey().reachedWhatsApp()).mapToLong(Map.Entry::getValue).sum();
        AtomicLong paid = new AtomicLong();
        payments.forEach(today, today, (clientId, date, cents, previousDueDate) -> paid.incrementAndGet());
        dispatcher.submit(PushNotices.dailySummary(sent, counts.getOrDefault(MessageStatus.FAILED, 0),
                counts.getOrDefault(MessageStatus.MISSED, 0), paid.get()));
        return true;
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
