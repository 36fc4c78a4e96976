package com.botclientemanager.security;

import jakarta.validation.constraints.NotNull;
import java.net.InetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where JobRunr's own dashboard listener binds ({@code app.security.jobs-dashboard-bind}). The admin reaches the
 * dashboard through the app at {@code /jobs/}; the listener itself only needs to answer the app, hence loopback.
 *
 * @param jobsDashboardBind the address JobRunr's listener binds to, on {@code jobrunr.dashboard.port}
 */
@Validated
@ConfigurationProperties("app.security")
public record JobsDashboardProperties(@NotNull @DefaultValue("127.0.0.1") InetAddress jobsDashboardBind) {
}
