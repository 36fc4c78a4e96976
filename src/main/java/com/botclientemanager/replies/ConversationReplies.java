package com.botclientemanager.replies;

import com.botclientemanager.clients.ManualSends;
import com.botclientemanager.clients.MessageChoice;
import com.botclientemanager.clients.SendReport;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.whatsapp.MessagingService;
import com.botclientemanager.whatsapp.Provider;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The reply box of a thread: the reseller's answer goes out at once as a manual message (it pauses the client's
 * reminders and is allowed to a client who asked to stop, since the reseller chose to write). With the Cloud API, free
 * text only within 24 hours of the client's last message, a template otherwise.
 */
@Service
public class ConversationReplies {

    /** WhatsApp's limit for a text message. */
    public static final int MAX_TEXT = 4096;

    private final Conversations conversations;
    private final ManualSends sends;
    private final MessagingService messaging;

    ConversationReplies(Conversations conversations, ManualSends sends, MessagingService messaging) {
        this.conversations = conversations;
        this.sends = sends;
        this.messaging = messaging;
    }

    /**
     * Sends free text to the client now.
     *
     * @throws ConversationException when the text is empty or too long, the window is closed (Cloud), WhatsApp is not
     *                               connected, or the message could not go out; nothing was sent then
     */
    public void reply(String clientId, String text) {
        if (text == null || text.isBlank()) {
            throw new ConversationException("conversations.reply.error.empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new ConversationException("conversations.reply.error.too-long", MAX_TEXT);
        }
        if (!conversations.freeTextAllowed(clientId)) {
            throw new ConversationException("conversations.reply.error.window");
        }
        send(clientId, MessageChoice.freeText(text));
    }

    /** Sends one of the app's templates (with Cloud, as its approved template); see {@link #reply}. */
    public void replyWithTemplate(String clientId, String templateId) {
        if (templateId == null) {
            throw new ConversationException("conversations.reply.error.template");
        }
        send(clientId, MessageChoice.template(templateId));
    }

    /**
     * The templates the reply box offers when free text is not allowed: with the Cloud API only those mapped to an
     * approved template (any other would go out as free text, which WhatsApp refuses outside the window).
     */
    public List<MessageTemplate> templates() {
        return sends.templates().stream()
                .filter(t -> messaging.provider() != Provider.CLOUD || t.cloud() != null).toList();
    }

    private void send(String clientId, MessageChoice choice) {
        if (messaging.sendingStopped().isPresent()) {
            throw new ConversationException("conversations.reply.error.offline");
        }
        SendReport report = sends.send(List.of(clientId), choice);
        if (report.inactive() + report.notOnWhatsApp() > 0) {
            throw new ConversationException("conversations.reply.error.unreachable");
        }
        if (report.sent() != 1) {
            throw new ConversationException("conversations.reply.error.failed");
        }
    }
}
