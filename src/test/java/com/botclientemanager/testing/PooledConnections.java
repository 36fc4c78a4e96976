package com.botclientemanager.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Whether every pooled database connection came back. A request, webhook or job that keeps one (an unclosed result
 * stream) empties the pool after a few calls; background jobs borrow one for a moment, so this waits for a quiet instant.
 */
public final class PooledConnections {

    private PooledConnections() {
    }

    public static int borrowed(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().getActiveConnections();
        } catch (SQLException e) {
            throw new IllegalStateException("the app's DataSource is not a Hikari pool", e);
        }
    }

    public static void assertAllReturned(DataSource dataSource, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        int borrowed = borrowed(dataSource);
        while (borrowed > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            borrowed = borrowed(dataSource);
        }
        assertThat(borrowed).as("pooled connections still borrowed %s after the calls", within).isZero();
    }
}
