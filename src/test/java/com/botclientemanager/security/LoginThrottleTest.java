package com.botclientemanager.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void blocksAnAddressAfterFiveFailuresWithinFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("10.0.0.1");
            clock.advance(Duration.ofMinutes(2));
        }
        assertThat(throttle.isBlocked("10.0.0.1")).isFalse();
        throttle.recordFailure("10.0.0.1");
        assertThat(throttle.isBlocked("10.0.0.1")).isTrue();
    }

    @Test
    void anotherAddressIsNotAffected() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("10.0.0.1");
        }
        assertThat(throttle.isBlocked("10.0.0.2")).isFalse();
    }

    @Test
    void unblocksWhenOldFailuresLeaveTheWindow() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isBlocked("10.0.0.1")).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.isBlocked("10.0.0.1")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotBlock() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("10.0.0.1");
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(throttle.isBlocked("10.0.0.1")).isFalse();
    }

    @Test
    void successForgetsThePastFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("10.0.0.1");
        }
        throttle.recordSuccess("10.0.0.1");
        throttle.recordFailure("10.0.0.1");
        assertThat(throttle.isBlocked("10.0.0.1")).isFalse();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
