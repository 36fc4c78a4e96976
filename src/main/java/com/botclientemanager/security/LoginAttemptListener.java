package com.botclientemanager.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Feeds login outcomes to the {@link LoginThrottle}, keyed by the client address. */
@Component
class LoginAttemptListener {

    private final LoginThrottle throttle;

    LoginAttemptListener(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String address = addressOf(event.getAuthentication());
        if (address != null) {
            throttle.recordFailure(address);
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String address = addressOf(event.getAuthentication());
        if (address != null) {
            throttle.recordSuccess(address);
        }
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
