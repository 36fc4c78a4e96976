package com.botclientemanager.whatsapp;

import java.time.Instant;

/** One step of a message's timeline. */
public record StatusChange(MessageStatus status, String reason, Instant at) {
}
