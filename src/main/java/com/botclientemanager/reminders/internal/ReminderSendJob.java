package com.botclientemanager.reminders.internal;

import com.botclientemanager.access.AccessService;
import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.ClientMessageData;
import com.botclientemanager.clients.ClientPageLinks;
import com.botclientemanager.clients.ClientPixCodes;
import com.botclientemanager.templates.MessageData;
import com.botclientemanager.reminders.ReminderKey;
import com.botclientemanager.replies.ReplyService;
import com.botclientemanager.templates.ComposedMessage;
import com.botclientemanager.templates.MessageComposer;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.SendPacer;
import com.botclientemanager.whatsapp.SendRequest;
import com.botclientemanager.whatsapp.TransientSendException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jobrunr.jobs.context.JobContext;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JobRunr job that sends one reminder. It re-reads the client and template (a change since the sweep counts), skips
 * a reminder that no longer applies or was already sent, waits while the reseller talks to the client, waits for its
 * pacing slot, renders and sends. A passing failure
 * is thrown so JobRunr retries it, after at least the gateway's Retry-After.
 */
public class ReminderSendJob {

    static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";
    static final String BEFORE_WINDOW = "whatsapp.reason.before-window";
    static final String PAUSED = "replies.reason.paused";
    private static final Logger log = LoggerFactory.getLogger(ReminderSendJob.class);

    private final ClientDirectory clients;
    private final TemplateService templates;
    private final MessageComposer composer;
    private final MessagingService messaging;
    private final SendPacer pacer;
    private final EngineSettings settings;
    private final ReplyService replies;
    private final Clock clock;
    private final AccessService access;
    private ObjectProvider<ClientPageLinks> pageLinks;
    private final ClientPixCodes pixCodes;

    public ReminderSendJob(ClientDirectory clients, TemplateService templates, MessageComposer composer,
            MessagingService messaging, SendPacer pacer, EngineSettings settings, ReplyService replies, Clock clock,
            AccessService access, ClientPixCodes pixCodes) {
        this.pixCodes = pixCodes;
        this.replies = replies;
        this.access = access;
        this.clients = clients;
        this.templates = templates;
        this.composer = composer;
        this.messaging = messaging;
        this.pacer = pacer;
        this.settings = settings;
        this.clock = clock;
    }

    /** Fills {link} with the client's page when a module offers it. */
    ReminderSendJob withPageLinks(ObjectProvider<ClientPageLinks> links) {
        this.pageLinks = links;
        return this;
    }

    public void send(String clientId, String templateId, String dueDate, String kind, int offsetDays, JobContext context)
            throws InterruptedException {
        LocalDate due = LocalDate.parse(dueDate);
        UUID key = ReminderKey.of(clientId, due, kind, offsetDays);
        if (messaging.hasFinalOutcome(key.toString())) {
            return;
        }
        Optional<Client> client = clients.find(clientId).filter(c -> stillApplies(c, due));
        Optional<MessageTemplate> template = templates.find(templateId);
        if (client.isEmpty() || template.isEmpty()) {
            log.info("Reminder {} no longer applies (client or template changed); not sent", key);
            return;
        }
        Optional<Instant> paused = replies.pausedUntil(clientId);
        if (paused.isPresent()) {
            // the reseller is talking to this client: the reminder waits (JobRunr retries it when the pause ends)
            log.info("Reminder {} waits until {}: the reseller wrote to the client", key, paused.get());
            TransientSendException wait = new TransientSendException(PAUSED,
                    Duration.between(clock.instant(), paused.get()));
            retryAfter(wait, context);
            throw wait;
        }
        pacer.awaitTurn();
        SendingPolicy policy = settings.policy();
        ZonedDateTime now = policy.localTime(clock.instant());
        if (!policy.isOpen(now)) {
            holdOutsideWindow(policy, now, key, context);
            return;
        }
        Client to = client.get();
        MessageData data = pixCodes.withChargeIfMentioned(ClientMessageData.withAccess(
                ClientMessageData.of(to, now.toLocalDate()), access.forMessages(clientId)), to,
                template.get().body(), to.customMessageBeforeDue(), to.customMessageDueDay());
        ComposedMessage message = composer.compose(template.get(), to.customMessageBeforeDue(), to.customMessageDueDay(),
                data.withLink(link(clientId)));
        SendRequest request = message.request(clientId, to.name(), to.phone(), kind, key.toString());
        if (!message.unfilled().isEmpty()) {
            messaging.refuseUnfilled(request, message.unfilled());
            return;
        }
        try {
            messaging.send(request);
        } catch (TransientSendException e) {
            retryAfter(e, context);
            throw e;
        }
    }

    private String link(String clientId) {
        ClientPageLinks links = pageLinks == null ? null : pageLinks.getIfAvailable();
        return links == null ? null : links.linkFor(clientId).orElse(null);
    }

    /**
     * Its turn came outside the sending hours (they were narrowed after it was queued, or pacing pushed it past the
     * end): before today's window it is retried when the window opens; after it, it is left to tomorrow's sweep, which
     * logs it as missed rather than sending yesterday's text late.
     */
    private static void holdOutsideWindow(SendingPolicy policy, ZonedDateTime now, UUID key, JobContext context) {
        if (policy.days().contains(now.getDayOfWeek()) && now.toLocalTime().isBefore(policy.windowStart())) {
            TransientSendException wait = new TransientSendException(BEFORE_WINDOW,
                    Duration.between(now.toLocalTime(), policy.windowStart()));
            retryAfter(wait, context);
            throw wait;
        }
        log.info("Reminder {} reached its turn after today's sending hours; not sent", key);
    }

    private static void retryAfter(TransientSendException e, JobContext context) {
        if (context != null && context != JobContext.Null) {
            e.retryAfter().ifPresent(after -> context.saveMetadata(RETRY_AFTER_SECONDS, after.toSeconds()));
        }
    }

    private static boolean stillApplies(Client client, LocalDate due) {
        return client.active() && client.remindersEnabled() && !client.notOnWhatsApp() && !client.paidForDueDate()
                && due.equals(client.dueDate());
    }
}
