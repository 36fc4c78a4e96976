package com.botclientemanager.receipts;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientCalendar;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.paylinks.PaymentClaimed;
import com.botclientemanager.receipts.internal.MediaFetchJob;
import com.botclientemanager.receipts.internal.ReceiptFiles;
import com.botclientemanager.receipts.internal.ReceiptRepository;
import com.botclientemanager.replies.SenderLookup;
import com.botclientemanager.whatsapp.InboundMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Takes payment claims: "PAGUEI" (or another {@code app.receipts.keywords} word) or an image/PDF from a client whose due
 * date is open, or "Já paguei" on the client page. One item waits per client and due date; later messages and files
 * attach to it. A WhatsApp file is downloaded by a background job, so the webhook answers at once.
 */
@Service
public class ReceiptService {

    private static final Logger log = LoggerFactory.getLogger(ReceiptService.class);
    private static final Set<String> RECEIPT_MEDIA = Set.of("image", "document");

    private final ReceiptRepository repository;
    private final ReceiptFiles files;
    private final ClientDirectory clients;
    private final ClientCalendar calendar;
    private final SenderLookup senders;
    private final ReceiptsProperties properties;
    private final JobScheduler jobs;
    private final ApplicationEventPublisher events;

    ReceiptService(ReceiptRepository repository, ReceiptFiles files, ClientDirectory clients, ClientCalendar calendar,
            SenderLookup senders, ReceiptsProperties properties, JobScheduler jobs, ApplicationEventPublisher events) {
        this.repository = repository;
        this.files = files;
        this.clients = clients;
        this.calendar = calendar;
        this.senders = senders;
        this.properties = properties;
        this.jobs = jobs;
        this.events = events;
    }

    /**
     * Records a client's claim; the id of the item it created or joined, empty when it is a repeated delivery or the
     * client has no open due date (or is unknown).
     */
    public Optional<Long> submit(ReceiptClaim claim) {
        return accept(claim, null, null, false).map(Accepted::receiptId);
    }

    /** "Já paguei" on the client's page, with or without a receipt, is an item like a PAGUEI on WhatsApp. */
    @EventListener
    void claimedOnPage(PaymentClaimed claim) {
        submit(new ReceiptClaim(claim.clientId(), ReceiptSource.CLIENT_PAGE, claim.note(), claim.contentType(),
                claim.file(), null, claim.at()));
    }

    /** The items waiting for the reseller, newest first. */
    public List<Receipt> pending() {
        return repository.withStatus(ReceiptStatus.PENDING);
    }

    /** The largest receipt file accepted, in whole megabytes, for the messages that name it. */
    public long maxFileMegabytes() {
        return properties.maxFileSize().toMegabytes();
    }

    public int pendingCount() {
        return repository.countWithStatus(ReceiptStatus.PENDING);
    }

    public Optional<Receipt> find(long id) {
        return repository.find(id);
    }

    /** The stored file of one part of an item with its type, when it is there. */
    public Optional<ReceiptFile> file(long partId) {
        return repository.part(partId).filter(p -> "STORED".equals(p.fileState()))
                .flatMap(p -> files.open(p.fileName()).map(in -> new ReceiptFile(p.contentType(), p.fileSize(), in)));
    }

    public record ReceiptFile(String contentType, long size, InputStream content) {
    }

    @EventListener
    void received(InboundMessage message) {
        if (message.fromMe()) {
            return;
        }
        boolean media = message.mediaType() != null && RECEIPT_MEDIA.contains(message.mediaType());
        if (!media && SenderLookup.findKeyword(message.text(), properties.keywords()).isEmpty()) {
            return;
        }
        List<Client> from = senders.clientsOf(message);
        if (from.isEmpty()) {
            return;
        }
        ReceiptClaim claim = new ReceiptClaim(from.getFirst().id(), ReceiptSource.WHATSAPP, message.text(), null, null,
                message.provider().name() + ":" + message.providerMessageId(), message.receivedAt());
        accept(claim, message, message.mediaId(), media).filter(Accepted::fetch)
                .ifPresent(a -> jobs.<MediaFetchJob>enqueue(job -> job.fetch(a.partId())));
    }

    private synchronized Optional<Accepted> accept(ReceiptClaim claim, InboundMessage message, String mediaId,
            boolean fetch) {
        if (claim.providerMessageId() != null && repository.messageSeen(claim.providerMessageId())) {
            return Optional.empty();
        }
        Optional<Client> client = clients.find(claim.clientId()).filter(this::open);
        if (client.isEmpty()) {
            log.info("Payment claim from client {} ignored: no open due date", claim.clientId());
            return Optional.empty();
        }
        Client c = client.get();
        Optional<Long> existing = repository.pendingOf(c.id(), c.dueDate());
        Optional<Long> created = existing.isPresent() ? Optional.empty()
                : repository.insertReceipt(c.id(), claim.source(), c.dueDate(), c.balance(), claim.receivedAt());
        long receiptId = created.or(() -> repository.pendingOf(c.id(), c.dueDate())).orElseThrow();
        String state = fetch ? "FETCHING" : claim.media() != null ? "STORING" : "NONE";
        Optional<Long> part = repository.insertPart(receiptId, message == null ? null : message.provider().name(),
                claim.providerMessageId(), fetch && message != null ? idForDownload(message, mediaId) : null,
                claim.text(), state, claim.receivedAt());
        if (part.isEmpty()) {
            return Optional.empty();
        }
        if (claim.media() != null) {
            storeNow(part.get(), claim.media());
        }
        created.ifPresent(id -> events.publishEvent(new ReceiptAwaiting(id, c.id())));
        events.publishEvent(new ReceiptsChanged(receiptId));
        return Optional.of(new Accepted(receiptId, part.get(), fetch));
    }

    private static String idForDownload(InboundMessage message, String mediaId) {
        return message.provider().name().equals("EVOLUTION") ? message.providerMessageId() : mediaId;
    }

    private void storeNow(long partId, byte[] media) {
        try {
            ReceiptFiles.Stored stored = files.store(media, repository.storedBytes());
            repository.fileStored(partId, stored.name(), stored.contentType(), stored.size());
        } catch (ReceiptFiles.Refused e) {
            repository.fileFailed(partId, e.getMessage());
        }
    }

    /** Active, not marked paid for the due date, and due within {@code app.receipts.due-within-days} or overdue. */
    private boolean open(Client client) {
        return client.active() && client.dueDate() != null && !client.paidForDueDate()
                && !client.dueDate().isAfter(calendar.today().plusDays(properties.dueWithinDays()));
    }

    private record Accepted(long receiptId, long partId, boolean fetch) {
    }
}
