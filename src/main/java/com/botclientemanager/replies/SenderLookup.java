package com.botclientemanager.replies;

import com.botclientemanager.clients.Client;
import com.botclientemanager.replies.internal.Keywords;
import com.botclientemanager.replies.internal.Senders;
import com.botclientemanager.whatsapp.InboundMessage;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * For other modules that act on clients' messages: who sent one (phone with or without the ninth digit, else a learned
 * lid or user id) and the keyword matching the opt-out words use (whole words, case and accents ignored).
 */
@Component
public class SenderLookup {

    private final Senders senders;

    SenderLookup(Senders senders) {
        this.senders = senders;
    }

    /** The clients with the sender's number; empty for an unknown sender. */
    public List<Client> clientsOf(InboundMessage message) {
        return senders.of(message);
    }

    /** The first of {@code keywords} that is a word (or phrase) of {@code text}. */
    public static Optional<String> findKeyword(String text, List<String> keywords) {
        return Keywords.find(text, keywords);
    }
}
