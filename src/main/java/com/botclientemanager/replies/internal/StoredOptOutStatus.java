package com.botclientemanager.replies.internal;

import com.botclientemanager.clients.OptOutStatus;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The opt-outs of {@code client_reply_state}, as the clients module sees them. */
@Component
class StoredOptOutStatus implements OptOutStatus {

    private static final Logger log = LoggerFactory.getLogger(StoredOptOutStatus.class);

    private final ReplyRepository repository;

    StoredOptOutStatus(ReplyRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<OptOut> of(String clientId) {
        return clientId == null ? Optional.empty() : repository.optOut(clientId);
    }

    @Override
    public void clear(String clientId) {
        if (repository.resume(clientId)) {
            log.info("Client {}: the reseller switched reminders back on; the opt-out no longer holds", clientId);
        }
    }
}
