package com.botclientemanager.security;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/** The reverse proxies the admin listed; only their forwarded headers count. */
final class TrustedProxies {

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern PREFIX = Pattern.compile("/\\d{1,3}");

    private final List<IpAddressMatcher> matchers;

    TrustedProxies(List<String> addressesOrRanges) {
        this.matchers = addressesOrRanges.stream().map(String::strip).map(IpAddressMatcher::new).toList();
    }

    boolean isEmpty() {
        return matchers.isEmpty();
    }

    boolean trusts(String address) {
        if (!isLiteral(address)) {
            return false;
        }
        return matchers.stream().anyMatch(m -> m.matches(address));
    }

    /**
     * An IP address literal: anything else (a host name, {@code 999.1.1.1}) would make {@link IpAddressMatcher} ask
     * DNS, for every request that carries it in a header.
     */
    static boolean isLiteral(String value) {
        return value != null && (IPV4.matcher(value).matches() || IPV6.matcher(value).matches());
    }

    /** An IP literal or a CIDR range of one. */
    static boolean isAddressOrRange(String value) {
        if (value == null) {
            return false;
        }
        String candidate = value.strip();
        int slash = candidate.indexOf('/');
        if (!isLiteral(slash < 0 ? candidate : candidate.substring(0, slash))
                || (slash >= 0 && !PREFIX.matcher(candidate.substring(slash)).matches())) {
            return false;
        }
        try {
            new IpAddressMatcher(candidate);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The client's address from {@code X-Forwarded-For}: read from the right, each proxy appends the address it got
     * the request from, so the first address that is not a trusted proxy is the client. Anything left of it was
     * written by the client and may be forged. Null when the header holds no usable address.
     */
    String clientFrom(String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank()) {
            return null;
        }
        String[] hops = forwardedFor.split(",");
        String leftmostValid = null;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!isLiteral(hop)) {
                return leftmostValid;
            }
            if (!trusts(hop)) {
                return hop;
            }
            leftmostValid = hop;
        }
        return leftmostValid;
    }
}
