package com.botclientemanager.clients;

import com.botclientemanager.access.AccessService;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.clients.internal.ManualSendQueue;
import com.botclientemanager.templates.ComposedMessage;
import com.botclientemanager.templates.MessageComposer;
import com.botclientemanager.templates.MessageData;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.RenderedMessage;
import com.botclientemanager.templates.TemplateKind;
import com.botclientemanager.templates.TemplateService;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.SendOutcome;
import com.botclientemanager.whatsapp.TransientSendException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Messages a reseller sends to clients by hand: the live preview of a client's own messages in the form, "Enviar
 * agora" (a template or free text, to one client at once or to many in the background, paced) and the renewal
 * confirmation after "Marcar como pago". Rendering is the templates module's; sending and the log are WhatsApp's.
 */
@Service
public class ManualSends {

    /** The kind a message sent with "Enviar agora" has in the message log. */
    public static final String KIND_MANUAL = "manual";
    private static final Logger log = LoggerFactory.getLogger(ManualSends.class);

    private final ClientDirectory directory;
    private final ClientCalendar calendar;
    private final TemplateService templates;
    private final MessageComposer composer;
    private final MessagingService messaging;
    private final ManualSendQueue queue;
    private final AccessService access;
    private final ObjectProvider<ClientPageLinks> pageLinks;
    private final OptOutStatus optOuts;
    private final ClientPixCodes pixCodes;

    public ManualSends(ClientDirectory directory, ClientCalendar calendar, TemplateService templates,
            MessageComposer composer, MessagingService messaging, ManualSendQueue queue, AccessService access,
            ObjectProvider<ClientPageLinks> pageLinks, OptOutStatus optOuts, ClientPixCodes pixCodes) {
        this.access = access;
        this.pixCodes = pixCodes;
        this.pageLinks = pageLinks;
        this.optOuts = optOuts;
        this.directory = directory;
        this.calendar = calendar;
        this.templates = templates;
        this.composer = composer;
        this.messaging = messaging;
        this.queue = queue;
    }

    /** A client's own message (as typed) rendered for the client as typed in the form. */
    public FormMessagePreview preview(String body, ClientForm form) {
        if (body == null || body.isBlank()) {
            return new FormMessagePreview("", List.of(), List.of());
        }
        RenderedMessage rendered = composer.compose(body, ClientMessageData.of(form, calendar.today())).rendered();
        List<String> unknown = templates.unknownPlaceholders(body);
        return new FormMessagePreview(rendered.text(), unknown,
                rendered.missing().stream().filter(name -> !unknown.contains(name)).toList());
    }

    /** Words in braces in a free text that are no placeholder (the dialog flags them). */
    public List<String> unknownPlaceholders(String text) {
        return templates.unknownPlaceholders(text);
    }

    /** The templates "Enviar agora" offers: every active one, ordered by kind and name. */
    public List<MessageTemplate> templates() {
        return templates.all().stream().filter(MessageTemplate::active).toList();
    }

    /** Who of the given clients can get a message now, ordered by name, and how many are left out and why. */
    public Recipients recipients(Collection<String> ids) {
        List<Client> reachable = new ArrayList<>();
        int inactive = 0;
        int notOnWhatsApp = 0;
        for (String id : new LinkedHashSet<>(ids)) {
            Optional<Client> found = directory.find(id);
            if (found.isEmpty()) {
                continue;
            }
            Client client = found.get();
            if (!client.active()) {
                inactive++;
            } else if (client.notOnWhatsApp() || client.phone() == null || client.phone().isBlank()) {
                notOnWhatsApp++;
            } else {
                reachable.add(client);
            }
        }
        reachable.sort(Comparator.comparing(c -> c.name() == null ? "" : c.name(), String.CASE_INSENSITIVE_ORDER));
        return new Recipients(List.copyOf(reachable), inactive, notOnWhatsApp);
    }

    /**
     * The message as this client would read it.
     *
     * @throws ClientException when the choice is empty, too long, or its template is gone or inactive
     */
    public RenderedMessage render(MessageChoice choice, Client client) {
        return compose(choice, client, previewData(client), validTemplate(choice)).rendered();
    }

    /**
     * Sends the message to each reachable client among {@code ids}: one client at once (the outcome is known on
     * return), several in the background at the WhatsApp pace ({@code app.whatsapp.rate-per-minute}).
     *
     * @throws ClientException when the choice is empty, too long, or its template is gone or inactive
     */
    public SendReport send(Collection<String> ids, MessageChoice choice) {
        validTemplate(choice);
        Recipients recipients = recipients(ids);
        if (recipients.clients().size() == 1) {
            Optional<SendOutcome> outcome = sendOne(recipients.clients().getFirst().id(), choice);
            boolean sent = outcome.filter(o -> o == SendOutcome.SENT || o == SendOutcome.SIMULATED).isPresent();
            return new SendReport(sent ? 1 : 0, sent ? 0 : 1, 0, recipients.inactive(), recipients.notOnWhatsApp());
        }
        recipients.clients().forEach(client -> queue.enqueue(client.id(), client.name(), choice));
        return new SendReport(0, 0, recipients.clients().size(), recipients.inactive(), recipients.notOnWhatsApp());
    }

    /**
     * Like {@link #send(Collection, MessageChoice)}, but refuses when a placeholder would go out empty for one of the
     * clients ("PIX:" followed by nothing when PIX is not set up) unless the user confirmed exactly those.
     *
     * @throws ClientException {@code clients.send.error.empty-placeholders} naming them when not all were confirmed
     */
    public SendReport send(Collection<String> ids, MessageChoice choice, Collection<String> confirmedEmpty) {
        List<String> empty = emptyPlaceholders(ids, choice);
        if (!confirmedEmpty.containsAll(empty)) {
            throw new ClientException("clients.send.error.empty-placeholders", braced(empty));
        }
        return send(ids, choice);
    }

    /**
     * The placeholders (names without braces, in order) that would render empty for at least one reachable client
     * among {@code ids}, {@code pix} included when PIX is not set up.
     *
     * @throws ClientException when the choice is empty, too long, or its template is gone or inactive
     */
    public List<String> emptyPlaceholders(Collection<String> ids, MessageChoice choice) {
        MessageTemplate template = validTemplate(choice);
        java.util.Set<String> empty = new LinkedHashSet<>();
        for (Client client : recipients(ids).clients()) {
            empty.addAll(compose(choice, client, previewData(client), template).missing());
        }
        return List.copyOf(empty);
    }

    /** A client's values for what is shown on screen: access data masked, and only when switched on for messages. */
    private MessageData previewData(Client client) {
        MessageData data = ClientMessageData.of(client, calendar.today());
        try {
            return ClientMessageData.withMaskedAccess(data, access.masked(client.id()));
        } catch (StorageException e) {
            return data;
        }
    }

    /** "{pix}, {plano}" for a message. */
    public static String braced(Collection<String> names) {
        return names.stream().map(name -> "{" + name + "}").collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * Renders and sends the message to one client now (also the background sender's step). Empty when the client is
     * gone, inactive or not on WhatsApp anymore, or the template is gone: nothing is sent then.
     */
    public Optional<SendOutcome> sendOne(String clientId, MessageChoice choice) {
        Optional<Client> client = directory.find(clientId).filter(c -> c.active() && !c.notOnWhatsApp());
        if (client.isEmpty()) {
            return Optional.empty();
        }
        MessageTemplate template;
        try {
            template = validTemplate(choice);
        } catch (ClientException e) {
            log.info("Manual message to client {} not sent: {}", clientId, e.messageKey());
            return Optional.empty();
        }
        MessageData data = ClientMessageData.withAccess(ClientMessageData.of(client.get(), calendar.today()),
                access.forMessages(clientId)).withLink(link(clientId));
        data = pixCodes.withChargeIfMentioned(data, client.get(), template == null ? choice.text() : template.body(),
                template == null ? null : client.get().customMessageBeforeDue(),
                template == null ? null : client.get().customMessageDueDay());
        return Optional.of(deliver(client.get(), KIND_MANUAL, choice, template, data));
    }

    /**
     * The confirmation template that applies to this client, when there is an active one and the client can get it:
     * not to a client who asked to stop (an automatic message, even when "Marcar como pago" triggers it).
     */
    public Optional<MessageTemplate> confirmationTemplate(Client client) {
        if (!client.active() || client.notOnWhatsApp() || optOuts.of(client.id()).isPresent()) {
            return Optional.empty();
        }
        return templates.activeTemplates(TemplateKind.CONFIRMATION, client.service()).stream().findFirst();
    }

    /** Whether the client asked to stop getting messages: no automatic message goes to them. */
    public boolean optedOut(String clientId) {
        return optOuts.of(clientId).isPresent();
    }

    /** Sends the renewal confirmation ({nova_data} = {@code newDueDate}); empty when no confirmation applies. */
    public Optional<SendOutcome> sendConfirmation(String clientId, LocalDate newDueDate) {
        Optional<Client> client = directory.find(clientId);
        if (optOuts.of(clientId).isPresent()) {
            log.info("Confirmation to client {} not sent: the client asked to stop getting messages", clientId);
            return Optional.empty();
        }
        Optional<MessageTemplate> template = client.flatMap(this::confirmationTemplate);
        if (template.isEmpty()) {
            return Optional.empty();
        }
        MessageChoice choice = MessageChoice.template(template.get().id());
        return Optional.of(deliver(client.get(), TemplateKind.CONFIRMATION.json(), choice, template.get(),
                ClientMessageData.withAccess(ClientMessageData.of(client.get(), calendar.today(), newDueDate),
                        access.forMessages(clientId)).withLink(link(clientId))));
    }

    /** The client's page for {link}, null while no module offers it or the app has no public address. */
    private String link(String clientId) {
        ClientPageLinks links = pageLinks.getIfAvailable();
        return links == null ? null : links.linkFor(clientId).orElse(null);
    }

    private SendOutcome deliver(Client client, String kind, MessageChoice choice, MessageTemplate template,
            MessageData data) {
        ComposedMessage message = compose(choice, client, data, template);
        if (message.text().isBlank()) {
            return SendOutcome.FAILED;
        }
        try {
            return messaging.send(message.request(client.id(), client.name(), client.phone(), kind, null));
        } catch (TransientSendException e) {
            // logged as QUEUED with the reason in the message log; the reseller sees it there
            return SendOutcome.FAILED;
        }
    }

    private ComposedMessage compose(MessageChoice choice, Client client, MessageData data, MessageTemplate template) {
        return template == null ? composer.compose(choice.text(), data)
                : composer.compose(template, client.customMessageBeforeDue(), client.customMessageDueDay(), data);
    }

    /** The chosen template (null for free text), after checking the choice. */
    private MessageTemplate validTemplate(MessageChoice choice) {
        if (choice == null) {
            throw new ClientException("clients.send.error.empty");
        }
        if (choice.templateId() != null) {
            return templates.find(choice.templateId()).filter(MessageTemplate::active)
                    .orElseThrow(() -> new ClientException("clients.send.error.template"));
        }
        if (choice.text() == null || choice.text().isBlank()) {
            throw new ClientException("clients.send.error.empty");
        }
        if (choice.text().length() > TemplateService.MAX_BODY) {
            throw new ClientException("clients.send.error.too-long", TemplateService.MAX_BODY);
        }
        return null;
    }

    /**
     * The clients a message can go to now, and how many of the selection are left out.
     *
     * @param inactive      selected clients that are inactive
     * @param notOnWhatsApp selected clients whose number has no WhatsApp account (or no number)
     */
    public record Recipients(List<Client> clients, int inactive, int notOnWhatsApp) {
    }
}
