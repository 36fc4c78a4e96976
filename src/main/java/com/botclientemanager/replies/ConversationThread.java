package com.botclientemanager.replies;

import java.util.List;

/** A client's messages, oldest first, at most the requested number; {@code hasOlder} when more came before them. */
public record ConversationThread(List<ConversationEntry> entries, boolean hasOlder) {
}
