package com.botclientemanager.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;
import java.util.random.RandomGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spaces every automatic send (reminders, and messages sent by hand to several clients) across every instance
 * through the database, at the rate saved under "Horário de envio": each send reserves the next slot under a row lock. Slots are
 * {@code 60 / rate} seconds apart with a random jitter of ±30 %, and never more than {@code rate} fall within one minute,
 * so the configured rate is never exceeded however many instances send.
 *
 * <p>The send jobs of one instance take turns before they ask for the row lock: a job waiting for the lock holds a
 * database connection, and with many workers queued on the lock the pool ran dry, so the screens and JobRunr's own
 * heartbeat waited 30 s for a connection (seen in {@code bench/load}).
 */
public class SendPacer {

    static final double JITTER = 0.30;
    static final Duration WINDOW_MARGIN = Duration.ofSeconds(1);
    private static final Duration MAX_SLEEP = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RandomGenerator random;
    private final IntSupplier ratePerMinute;
    private final Clock clock;
    private final Lock turn = new ReentrantLock();

    public SendPacer(JdbcClient jdbc, TransactionTemplate transactions, RandomGenerator random,
            IntSupplier ratePerMinute, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.random = random;
        this.ratePerMinute = ratePerMinute;
        this.clock = clock;
    }

    /** Reserves the next slot at the saved rate and returns once it has come. */
    public void awaitTurn() throws InterruptedException {
        Instant slot = reserve(clock.instant(), ratePerMinute.getAsInt());
        long deadline = System.nanoTime() + Math.max(0, Duration.between(clock.instant(), slot).toNanos());
        // in short steps: the wait also ends when the app's clock reaches the slot (a test moves its clock)
        for (long left = deadline - System.nanoTime(); left > 0 && clock.instant().isBefore(slot);
                left = deadline - System.nanoTime()) {
            Thread.sleep(Duration.ofNanos(Math.min(left, MAX_SLEEP.toNanos())));
        }
    }

    /** Reserves the next sending slot at or after {@code now} for a rate of {@code ratePerMinute}. */
    public Instant reserve(Instant now, int ratePerMinute) {
        turn.lock();
        try {
            return reserveUnderRowLock(now, ratePerMinute);
        } finally {
            turn.unlock();
        }
    }

    private Instant reserveUnderRowLock(Instant now, int ratePerMinute) {
        return transactions.execute(status -> {
            Instant next = jdbc.sql("SELECT next_slot_at FROM send_pacer WHERE id = 1 FOR UPDATE")
                    .query(OffsetDateTime.class).single().toInstant();
            Instant slot = next.isAfter(now) ? next : now;
            List<OffsetDateTime> recent = jdbc.sql("SELECT slot_at FROM send_slot WHERE slot_at > :since ORDER BY slot_at DESC")
                    .param("since", utc(slot.minus(Duration.ofMinutes(1)).minus(WINDOW_MARGIN)))
                    .query(OffsetDateTime.class).list();
            if (recent.size() >= ratePerMinute) {
                Instant oldestInWindow = recent.get(ratePerMinute - 1).toInstant();
                // a second of margin: the provider sees the send, which may leave a little after its slot
                Instant earliestAllowed = oldestInWindow.plus(Duration.ofMinutes(1)).plus(WINDOW_MARGIN);
                if (earliestAllowed.isAfter(slot)) {
                    slot = earliestAllowed;
                }
            }
            long gapMillis = Math.round(60_000.0 / ratePerMinute * (1 + JITTER * (2 * random.nextDouble() - 1)));
            jdbc.sql("UPDATE send_pacer SET next_slot_at = :next WHERE id = 1")
                    .param("next", utc(slot.plusMillis(gapMillis))).update();
            jdbc.sql("INSERT INTO send_slot (slot_at) VALUES (:slot)").param("slot", utc(slot)).update();
            jdbc.sql("DELETE FROM send_slot WHERE slot_at < :old").param("old", utc(slot.minus(Duration.ofMinutes(5)))).update();
            return slot;
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
