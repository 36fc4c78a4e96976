package com.botclientemanager.receipts.internal;

import com.botclientemanager.whatsapp.KeptWithTheLog;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The files of decided items are kept as long as the message log ({@code app.whatsapp.log-retention-days}): the log's
 * daily clean-up deletes them, so there is one retention and one job.
 */
@Component
class ReceiptRetention implements KeptWithTheLog {

    private final ReceiptRepository repository;
    private final ReceiptFiles files;

    ReceiptRetention(ReceiptRepository repository, ReceiptFiles files) {
        this.repository = repository;
        this.files = files;
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        Map<Long, String> expired = repository.filesDecidedBefore(cutoff);
        expired.forEach((partId, name) -> {
            files.delete(name);
            repository.fileDeleted(partId);
        });
        return expired.size();
    }
}
