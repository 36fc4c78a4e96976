package com.botclientemanager.receipts.internal;

import com.botclientemanager.receipts.ReceiptsChanged;
import com.botclientemanager.whatsapp.MediaDownloadException;
import com.botclientemanager.whatsapp.MediaSource;
import com.botclientemanager.whatsapp.Provider;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Downloads the file of a receipt message from the provider (a background job, retried when the provider is
 * unreachable or answers 5xx), checks it and stores it; a file that is too big or not an image/PDF is marked refused.
 */
@Component
public class MediaFetchJob {

    private static final Logger log = LoggerFactory.getLogger(MediaFetchJob.class);

    private final ReceiptRepository repository;
    private final ReceiptFiles files;
    private final MediaSource media;
    private final ApplicationEventPublisher events;

    MediaFetchJob(ReceiptRepository repository, ReceiptFiles files, MediaSource media,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.files = files;
        this.media = media;
        this.events = events;
    }

    @Job(name = "Receipt file %0", retries = 5)
    public void fetch(long partId) {
        ReceiptRepository.PartRow part = repository.part(partId).filter(p -> "FETCHING".equals(p.fileState()))
                .orElse(null);
        if (part == null) {
            return;
        }
        try {
            MediaSource.MediaFile file = media.download(Provider.valueOf(part.provider()), part.mediaId(),
                    part.mediaId(), files.maxFileSize());
            ReceiptFiles.Stored stored = files.store(file.bytes(), repository.storedBytes());
            repository.fileStored(partId, stored.name(), stored.contentType(), stored.size());
        } catch (MediaDownloadException e) {
            if (e.retryable()) {
                log.info("Receipt file {} not downloaded yet: {}", partId, e.getMessage());
                throw e;
            }
            refuse(part, e.getMessage());
        } catch (ReceiptFiles.Refused e) {
            refuse(part, e.getMessage());
        }
        events.publishEvent(new ReceiptsChanged(part.receiptId()));
    }

    private void refuse(ReceiptRepository.PartRow part, String reason) {
        log.info("Receipt file {} refused: {}", part.id(), reason);
        repository.fileFailed(part.id(), reason);
    }
}
