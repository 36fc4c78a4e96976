package org.jobrunr.dashboard;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.HttpContext;
import org.jobrunr.dashboard.server.HttpExchangeHandler;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;

/**
 * JobRunr's dashboard protected by an {@link Authenticator} of our own instead of a clear-text password.
 *
 * <p>JobRunr only accepts a plain username and password, but the admin password of this app may exist only as a bcrypt
 * hash (the generated one) and can be changed at runtime. The hook JobRunr offers for this is package-private, hence
 * this class lives in JobRunr's package.
 */
public class AuthenticatorDashboardWebServer extends JobRunrDashboardWebServer {

    private final Authenticator authenticator;

    public AuthenticatorDashboardWebServer(StorageProvider storageProvider, JsonMapper jsonMapper, int port,
            Authenticator authenticator) {
        super(storageProvider, jsonMapper, JobRunrDashboardWebServerConfiguration.usingStandardDashboardConfiguration()
                .andPort(port).andAllowAnonymousDataUsage(false));
        this.authenticator = authenticator;
    }

    @Override
    HttpContext registerSecuredContext(HttpExchangeHandler httpHandler) {
        HttpContext context = registerContext(httpHandler);
        context.setAuthenticator(authenticator);
        return context;
    }
}
