package com.botclientemanager.bench;

import java.util.Locale;

/**
 * Benchmarks are JUnit tests tagged {@value #TAG}, run only by {@code ./mvnw -Pbench verify}. Each figure is printed as
 * one line {@code BENCH name value unit}; {@code bench/run} collects them.
 */
public final class Bench {

    public static final String TAG = "bench";

    private Bench() {
    }

    public static void report(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "BENCH %s %.1f %s", name, value, unit));
    }

    /** Best of {@code runs} wall-clock timings of {@code work}, in milliseconds, after {@code warmups} untimed runs. */
    public static double bestMillis(int warmups, int runs, Runnable work) {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best / 1_000_000.0;
    }
}
