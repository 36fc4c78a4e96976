package com.botclientemanager.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** "N lembretes na fila, terminam por volta de HH:MM" and the warning when the sending window closes first. */
class QueueForecastTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 10, 20, 0, 0, 0, ZoneId.of("America/Sao_Paulo"));

    @Test
    void theQueueFinishesAtTheSavedPace() {
        QueueForecast forecast = QueueForecast.of(30, 3, NOW, LocalTime.of(21, 0));
        assertThat(forecast.finishesAt().toLocalTime()).isEqualTo(LocalTime.of(20, 10));
        assertThat(forecast.outlastsWindow()).isFalse();
    }

    @Test
    void whatDoesNotFitBeforeTheWindowClosesIsCounted() {
        QueueForecast forecast = QueueForecast.of(200, 3, NOW, LocalTime.of(21, 0));
        assertThat(forecast.finishesAt().toLocalTime()).isEqualTo(LocalTime.of(21, 6, 40));
        assertThat(forecast.leftOver()).isEqualTo(20);
        assertThat(forecast.outlastsWindow()).isTrue();
    }

    @Test
    void afterTheWindowClosedEverythingWaits() {
        QueueForecast forecast = QueueForecast.of(5, 3, NOW.withHour(22), LocalTime.of(21, 0));
        assertThat(forecast.leftOver()).isEqualTo(5);
    }
}
