package com.botclientemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A burst of events reaches an open page as one or two updates, all of them, in order; a lone event right away. */
@ViewPackages(packages = "com.botclientemanager.ui.chart") // no routes needed: only the UI and its session
class LiveBatchTest extends BrowserlessTest {

    private final List<List<Integer>> delivered = new CopyOnWriteArrayList<>();

    @Test
    void aBurstBecomesAtMostTwoUpdatesAndALaterEventComesAtOnce() throws Exception {
        LiveBatch<Integer> batch = new LiveBatch<>(UI.getCurrent(), Duration.ofMillis(500), delivered::add);

        IntStream.range(0, 50).forEach(batch::add); // 50 messages sent within a few milliseconds
        deliverFor(Duration.ofMillis(900));

        assertThat(delivered).hasSizeBetween(1, 2);
        assertThat(delivered.stream().flatMap(List::stream)).containsExactlyElementsOf(IntStream.range(0, 50).boxed().toList());

        delivered.clear();
        batch.add(50);
        deliverFor(Duration.ofMillis(200)); // the window has passed: no wait
        assertThat(delivered).containsExactly(List.of(50));
    }

    /** Runs the session's pending access tasks, as the session would once its lock is free, until the time is up. */
    private static void deliverFor(Duration time) throws InterruptedException {
        VaadinSession session = VaadinSession.getCurrent();
        long end = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < end) {
            session.getService().runPendingAccessTasks(session);
            Thread.sleep(20);
        }
        session.getService().runPendingAccessTasks(session);
    }
}
