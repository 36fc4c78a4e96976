package com.botclientemanager.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;

/**
 * Changes the admin password and ends every other session of the admin: a browser left logged in elsewhere (or by
 * someone who knew the old password) is sent to the login page on its next request. The session that changed it stays.
 */
@Service
public class OtherSessions {

    private final AdminAccount admin;
    private final SessionRegistry sessions;

    OtherSessions(AdminAccount admin, SessionRegistry sessions) {
        this.admin = admin;
        this.sessions = sessions;
    }

    /**
     * @param currentSessionId the HTTP session that asked for the change, which stays logged in
     * @return how many other sessions were ended
     * @throws PasswordChangeException as {@link AdminAccount#changePassword}
     */
    public int changePassword(String current, String replacement, String currentSessionId) {
        admin.changePassword(current, replacement);
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equals(admin.username())) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(currentSessionId)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }
}
