package com.botclientemanager.replies;

import com.botclientemanager.whatsapp.MessageStatus;
import java.time.Instant;

/**
 * One message in a thread: the client's ({@code incoming}), the app's (with its {@code status}) or the reseller's own
 * from the phone ({@code fromPhone}).
 *
 * @param mediaType {@code image}, {@code document}... for a received file, else null
 * @param status    the sent message's status (for the ticks), null for a received one
 */
public record ConversationEntry(Instant at, boolean incoming, boolean fromPhone, String text, String mediaType,
        MessageStatus status) {
}
