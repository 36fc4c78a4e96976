package com.botclientemanager.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which forwarded address is the client's, and which proxy lists the app accepts. */
class TrustedProxiesTest {

    private final TrustedProxies dockerAndNginx = new TrustedProxies(List.of("172.17.0.0/16", "127.0.0.1", "::1"));

    @Test
    void theClientIsTheRightmostAddressThatIsNotATrustedProxy() {
        assertThat(dockerAndNginx.clientFrom("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(dockerAndNginx.clientFrom("203.0.113.9, 172.17.0.1")).isEqualTo("203.0.113.9");
        // whatever a client writes in front is ignored: the proxy appended the address it really saw
        assertThat(dockerAndNginx.clientFrom("6.6.6.6, 203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(dockerAndNginx.clientFrom("127.0.0.1, 203.0.113.9, 172.17.0.5")).isEqualTo("203.0.113.9");
        assertThat(dockerAndNginx.clientFrom("2001:db8::7, ::1")).isEqualTo("2001:db8::7");
    }

    @Test
    void garbageOrHostNamesInTheHeaderAreNotAClientAddress() {
        assertThat(dockerAndNginx.clientFrom(null)).isNull();
        assertThat(dockerAndNginx.clientFrom(" ")).isNull();
        assertThat(dockerAndNginx.clientFrom("evil.example.com")).isNull();
        assertThat(dockerAndNginx.clientFrom("999.1.1.1")).isNull();
        assertThat(dockerAndNginx.clientFrom("evil.example.com, 172.17.0.1")).isEqualTo("172.17.0.1");
    }

    @Test
    void onlyListedAddressesAndRangesAreTrusted() {
        assertThat(dockerAndNginx.trusts("172.17.255.254")).isTrue();
        assertThat(dockerAndNginx.trusts("172.18.0.1")).isFalse();
        assertThat(dockerAndNginx.trusts("10.0.0.1")).isFalse();
        assertThat(dockerAndNginx.trusts("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(new TrustedProxies(List.of()).trusts("127.0.0.1")).isFalse();
    }

    @Test
    void theListTakesAddressesAndRangesButNoHostNames() {
        assertThat(TrustedProxies.isAddressOrRange("127.0.0.1")).isTrue();
        assertThat(List.of("127.0.0.1", "10.0.0.0/8", "fd00::/8", "::1")).allMatch(TrustedProxies::isAddressOrRange);
        for (String wrong : List.of("localhost", "proxy.internal", "10.0.0.0/33", "999.0.0.1", "10.0.0.1/", "*")) {
            assertThat(TrustedProxies.isAddressOrRange(wrong)).as(wrong).isFalse();
        }
    }
}
