package com.botclientemanager.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.net.InetAddress;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.security.*}: how the app sits behind a reverse proxy, and where JobRunr's own dashboard listener binds.
 *
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies whose {@code X-Forwarded-*} headers are
 *                       believed (e.g. {@code 127.0.0.1}, {@code 172.17.0.0/16}, {@code ::1}); empty: none, so a client
 *                       cannot pick its own address for the login throttle with a forged header
 * @param jobsDashboardBind the address JobRunr's listener binds to, on {@code jobrunr.dashboard.port}: the admin reaches
 *                       the dashboard through the app at {@code /jobs/}, so the listener only needs to answer the app
 */
@Validated
@ConfigurationProperties("app.security")
public record WebSecurityProperties(@DefaultValue List<String> trustedProxies,
        @NotNull @DefaultValue("127.0.0.1") InetAddress jobsDashboardBind) {

    @AssertTrue(message = "app.security.trusted-proxies takes IP addresses or CIDR ranges such as 127.0.0.1, "
            + "172.17.0.0/16 or ::1 (no host names)")
    public boolean isTrustedProxiesValid() {
        return trustedProxies.stream().allMatch(TrustedProxies::isAddressOrRange);
    }
}
