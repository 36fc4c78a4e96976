package com.botclientemanager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;

/**
 * Start-up profile for measuring, off unless the JVM runs with {@code -Dbcm.startup-profile=N}: records Spring's
 * start-up steps and, once the app is ready, logs the N slowest by own time (children's time taken off), so a slow
 * bean shows even when it is nested inside another.
 */
final class StartupProfile {

    static final String SWITCH = "bcm.startup-profile";
    private static final Logger LOG = LoggerFactory.getLogger(StartupProfile.class);

    private StartupProfile() {}

    static void attachIfAsked(SpringApplication application) {
        String asked = System.getProperty(SWITCH);
        if (asked == null) {
            return;
        }
        int top = asked.isBlank() ? 30 : Integer.parseInt(asked.strip());
        BufferingApplicationStartup startup = new BufferingApplicationStartup(20_000);
        application.setApplicationStartup(startup);
        application.addListeners(event -> {
            if (event instanceof ApplicationReadyEvent) {
                LOG.info("Slowest start-up steps (own time, total, step):\n{}", slowest(startup.getBufferedTimeline().getEvents(), top));
            }
        });
    }

    private static String slowest(List<TimelineEvent> events, int top) {
        Map<Long, Duration> childTime = new HashMap<>();
        for (TimelineEvent event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                childTime.merge(parent, event.getDuration(), Duration::plus);
            }
        }
        List<String> lines = new ArrayList<>();
        events.stream()
                .sorted(Comparator.comparing((TimelineEvent e) -> ownTime(e, childTime)).reversed())
                .limit(top)
                .forEach(e -> lines.add(String.format("%6d ms %6d ms  %s %s", ownTime(e, childTime).toMillis(),
                        e.getDuration().toMillis(), e.getStartupStep().getName(), tags(e))));
        return String.join("\n", lines);
    }

    private static Duration ownTime(TimelineEvent event, Map<Long, Duration> childTime) {
        return event.getDuration().minus(childTime.getOrDefault(event.getStartupStep().getId(), Duration.ZERO));
    }

    private static String tags(TimelineEvent event) {
        return StreamSupport.stream(event.getStartupStep().getTags().spliterator(), false)
                .map(tag -> tag.getKey() + "=" + tag.getValue())
                .collect(Collectors.joining(", "));
    }
}
