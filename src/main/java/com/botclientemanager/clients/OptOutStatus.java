package com.botclientemanager.clients;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a client asked to stop getting messages ("pediu para sair"). The replies module keeps it and implements this
 * port, so clients can show it and honour it without depending on replies. While a client is out, no automatic
 * message goes to them; a manual one still may (the reseller chose it).
 */
public interface OptOutStatus {

    /** Nobody opted out (for tests and an app without replies). */
    OptOutStatus NONE = new OptOutStatus() {
        @Override
        public Optional<OptOut> of(String clientId) {
            return Optional.empty();
        }

        @Override
        public void clear(String clientId) {
        }
    };

    Optional<OptOut> of(String clientId);

    /** The reseller switched the client's reminders back on: the opt-out no longer holds. */
    void clear(String clientId);

    /** When the client asked to stop and with which word (may be null). */
    record OptOut(Instant at, String keyword) {
    }
}
