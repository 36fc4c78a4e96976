package com.botclientemanager.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands events to one UI in batches: the first at once, the next ones together at most once per window. A batch of
 * reminders sends several messages a second; pushed one by one, each open tab refreshed its figures and stacked a toast
 * per message, which kept browsers and server busy (seen in {@code bench/load}).
 */
public final class LiveBatch<E> {

    /** How often an open page is updated at most while events keep coming. */
    public static final Duration WINDOW = Duration.ofSeconds(1);

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("live-batch").factory());

    private final UI ui;
    private final Consumer<List<E>> deliver;
    private final long windowNanos;
    private final List<E> pending = new ArrayList<>();
    private boolean flushScheduled;
    private long lastFlush;
    private boolean flushedBefore;

    /** {@code deliver} runs inside {@code ui.access}, with the events since the previous batch, in order. */
    public LiveBatch(UI ui, Duration window, Consumer<List<E>> deliver) {
        this.ui = ui;
        this.deliver = deliver;
        this.windowNanos = window.toNanos();
    }

    public synchronized void add(E event) {
        pending.add(event);
        if (flushScheduled) {
            return;
        }
        flushScheduled = true;
        long wait = flushedBefore ? Math.max(0, lastFlush + windowNanos - System.nanoTime()) : 0;
        TIMER.schedule(this::flush, wait, TimeUnit.NANOSECONDS);
    }

    private void flush() {
        List<E> batch;
        synchronized (this) {
            batch = List.copyOf(pending);
            pending.clear();
            flushScheduled = false;
            flushedBefore = true;
            lastFlush = System.nanoTime();
        }
        try {
            ui.access(() -> deliver.accept(batch));
        } catch (UIDetachedException closed) {
            // the page was closed meanwhile: nothing to show
        }
    }
}
