package com.botclientemanager.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** What the {@code /jobs/} proxy accepts from the browser before anything goes on to JobRunr's listener. */
final class DashboardRequests {

    /** RFC 3986 path characters; encoded dots, slashes and backslashes and dot segments are refused separately. */
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~%:@!$&'()*+,;=-]*)*");
    private static final Pattern SNEAKY = Pattern.compile("(^|/)\\.\\.?(/|$)|%2e|%2f|%5c", Pattern.CASE_INSENSITIVE);

    private DashboardRequests() {
    }

    /**
     * The same path and query at JobRunr's listener (at loopback when it listens on every address); null for a path
     * that is no plain path.
     */
    static HttpUrl upstreamUrl(InetSocketAddress listener, String path, String query) {
        if (!PATH.matcher(path).matches() || SNEAKY.matcher(path).find()) {
            return null;
        }
        InetAddress host = listener.getAddress().isAnyLocalAddress() ? InetAddress.getLoopbackAddress()
                : listener.getAddress();
        String hostText = host instanceof Inet6Address ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return HttpUrl.parse("http://" + hostText + ":" + listener.getPort() + path + (query == null ? "" : "?" + query));
    }

    /**
     * Whether a change (a POST or DELETE of JobRunr's buttons) comes from a page of this same origin: JobRunr sends no
     * CSRF token, and a page of another site must not use the admin's session for that.
     */
    static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String origin = request.getHeader("Origin");
        boolean defaultPort = request.getServerPort() == ("https".equals(request.getScheme()) ? 443 : 80);
        String own = request.getScheme() + "://" + request.getServerName()
                + (defaultPort ? "" : ":" + request.getServerPort());
        return own.equalsIgnoreCase(origin);
    }
}
