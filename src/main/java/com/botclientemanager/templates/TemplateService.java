package com.botclientemanager.templates;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.templates.internal.DefaultTemplates;
import com.botclientemanager.templates.internal.PlaceholderRenderer;
import com.botclientemanager.templates.internal.TemplateValidator;
import com.botclientemanager.templates.internal.TemplatesDocument;
import com.botclientemanager.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ObjectNode;

/**
 * The message templates (templates.json) and how a message reads for one client. On first start, when there is no
 * template yet, a default set in the message language is installed once.
 */
@Service
public class TemplateService {

    public static final int MAX_BODY = TemplateValidator.MAX_BODY;
    private static final Logger log = LoggerFactory.getLogger(TemplateService.class);
    private static final Comparator<MessageTemplate> ORDER = Comparator
            .comparing(MessageTemplate::kind)
            .thenComparing(t -> t.offsetDays() == null ? 0 : t.offsetDays())
            .thenComparing(t -> Objects.requireNonNullElse(t.name(), ""), String.CASE_INSENSITIVE_ORDER);

    private final DocumentStore store;
    private final TemplatesProperties properties;
    private final PlaceholderRenderer renderer;
    private volatile boolean defaultsChecked;

    public TemplateService(DocumentStore store, PixService pix, TemplatesProperties properties) {
        this.store = store;
        this.properties = properties;
        this.renderer = new PlaceholderRenderer(pix::copyAndPaste);
        ensureDefaults();
    }

    /** Every template, ordered by kind, offset and name. */
    public List<MessageTemplate> all() {
        ensureDefaults();
        List<MessageTemplate> templates = new ArrayList<>(TemplatesDocument.templates(store.read(Document.TEMPLATES)));
        templates.sort(ORDER);
        return templates;
    }

    public Optional<MessageTemplate> find(String id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The active before_due, due_day and overdue templates: what the reminder engine schedules. */
    public List<MessageTemplate> activeReminderTemplates() {
        return all().stream().filter(t -> t.active() && t.kind().isReminder()).toList();
    }

    /** The active templates of one kind that apply to a client with this service (IPTV, VPN, free text or null). */
    public List<MessageTemplate> activeTemplates(TemplateKind kind, String service) {
        return all().stream()
                .filter(t -> t.active() && t.kind() == kind && (t.service() == null || t.service().matches(service)))
                .toList();
    }

    /**
     * The active reminder templates for a client with this service: for each kind and offset, templates made for the
     * client's service (IPTV, VPN, other) win over the ones for all services.
     */
    public List<MessageTemplate> remindersFor(String service) {
        List<MessageTemplate> applicable = activeReminderTemplates().stream()
                .filter(t -> t.service() == null || t.service().matches(service)).toList();
        return applicable.stream().filter(t -> isSpecific(t) || applicable.stream().noneMatch(other -> isSpecific(other)
                && other.kind() == t.kind() && Objects.equals(other.offsetDays(), t.offsetDays()))).toList();
    }

    private static boolean isSpecific(MessageTemplate template) {
        return template.service() != null && template.service() != ServiceFilter.ALL;
    }

    /**
     * Validates and stores a template (a new id when it has none) and returns what was stored.
     *
     * @throws InvalidInputException on the field at fault, with an i18n key
     * @throws StorageException when it cannot be stored
     */
    public MessageTemplate save(MessageTemplate template) {
        TemplateValidator.validate(template);
        MessageTemplate saved = new MessageTemplate(
                template.id() == null || template.id().isBlank() ? UUID.randomUUID().toString() : template.id(),
                template.name().strip(), template.kind(),
                template.service() == null ? ServiceFilter.ALL : template.service(),
                template.kind().isReminder() ? template.offsetDays() : null,
                template.active(), template.body(), template.cloud());
        store.update(Document.TEMPLATES, new DocumentChange("Salva modelo " + saved.name(),
                document -> TemplatesDocument.upsert(document, saved)));
        return saved;
    }

    public void delete(String id) {
        store.update(Document.TEMPLATES, new DocumentChange("Exclui modelo " + id,
                document -> TemplatesDocument.remove(document, id)));
    }

    /**
     * The text of {@code body} for these values; placeholders without a value render empty and are listed in
     * {@link RenderedMessage#missing()}; trailing blank lines are dropped (so an empty {pix} at the end leaves none).
     * Never throws, whatever the body or the data (null included). A null locale means {@link #messageLocale()}.
     */
    public RenderedMessage render(String body, MessageData data, Locale locale) {
        try {
            return renderer.render(body, data, locale == null ? messageLocale() : locale);
        } catch (RuntimeException e) {
            log.error("Rendering a template failed; sending it without placeholders replaced", e);
            return new RenderedMessage(body, List.of());
        }
    }

    /**
     * The body to use for this template and client: a client's own message (seed {@code custom_message_3days} for
     * before_due templates, {@code custom_message_payment} for due_day ones) replaces the template's text when set.
     */
    public String bodyFor(MessageTemplate template, String customMessageBeforeDue, String customMessageDueDay) {
        return MessageComposer.bodyFor(template, customMessageBeforeDue, customMessageDueDay);
    }

    /** The values of a Cloud API template's body parameters, in its order; empty when the template is not mapped. */
    public List<String> cloudParameters(MessageTemplate template, MessageData data, Locale locale) {
        if (template.cloud() == null) {
            return List.of();
        }
        return template.cloud().parameters().stream().map(name -> render("{" + name + "}", data, locale).text()).toList();
    }

    /** The language messages are written in: the one recorded at first start, else {@code app.templates.message-locale}. */
    public Locale messageLocale() {
        try {
            return TemplatesDocument.locale(store.read(Document.TEMPLATES)).map(Locale::forLanguageTag)
                    .orElse(properties.locale());
        } catch (StorageException e) {
            return properties.locale();
        }
    }

    /** The placeholders a template may use. */
    public List<Placeholder> placeholders() {
        return Arrays.asList(Placeholder.values());
    }

    /** Placeholder-looking words in a body that are not placeholders (the editor warns before saving). */
    public List<String> unknownPlaceholders(String body) {
        return List.copyOf(TemplateValidator.unknownPlaceholders(body));
    }

    private void ensureDefaults() {
        if (defaultsChecked) {
            return;
        }
        try {
            ObjectNode current = store.read(Document.TEMPLATES);
            if (!TemplatesDocument.defaultsInstalled(current)) {
                String locale = properties.messageLocale();
                store.update(Document.TEMPLATES, new DocumentChange("Instala modelos de mensagem padrão", document ->
                        TemplatesDocument.installDefaults(document,
                                TemplatesDocument.templates(document).isEmpty()
                                        ? DefaultTemplates.forLocale(Locale.forLanguageTag(locale)) : List.of(),
                                locale)));
            }
            defaultsChecked = true;
        } catch (StorageException e) {
            log.warn("Default templates not installed yet: {}", e.getMessage());
        }
    }
}
