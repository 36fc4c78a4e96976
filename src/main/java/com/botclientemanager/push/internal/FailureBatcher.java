package com.botclientemanager.push.internal;

import com.botclientemanager.push.PushProperties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * Collects reminders that failed for good during {@code app.push.failure-window} (from the first one) and then sends
 * one notification for all of them ("3 lembretes falharam"), so a failed batch is one notification, not one per
 * message.
 */
@Component
public class FailureBatcher {

    private final PushDispatcher dispatcher;
    private final PushProperties properties;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "push-failure-window");
        thread.setDaemon(true);
        return thread;
    });
    private int collected;

    FailureBatcher(PushDispatcher dispatcher, PushProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    public synchronized void failed() {
        if (collected++ == 0) {
            timer.schedule(this::flush, properties.failureWindow().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void flush() {
        int count;
        synchronized (this) {
            count = collected;
            collected = 0;
        }
        if (count > 0) {
            dispatcher.submit(PushNotices.remindersFailed(count));
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
