package com.botclientemanager.whatsapp;

/** The state of a logged message. Provider updates only move forward: sent, delivered, read; failed from any. */
public enum MessageStatus {
    QUEUED(0), SENDING(0), SENT(1), DELIVERED(2), READ(3), FAILED(4), SIMULATED(5), MISSED(5);

    private final int rank;

    MessageStatus(int rank) {
        this.rank = rank;
    }

    /** True when this message reached the provider, so it must never be sent again. */
    public boolean wentOut() {
        return this == SENT || this == DELIVERED || this == READ || this == SIMULATED;
    }

    /** True when this message really reached WhatsApp: went out and was not simulated in test mode (what counts as sent). */
    public boolean reachedWhatsApp() {
        return wentOut() && this != SIMULATED;
    }

    /** True when nothing more will happen to this message by itself: it went out, failed for good, or was missed. */
    public boolean isFinal() {
        return wentOut() || this == FAILED || this == MISSED;
    }

    /** Whether a delivery report of {@code next} may replace this status (never backwards, never repeated). */
    public boolean canAdvanceTo(MessageStatus next) {
        if (next == FAILED) {
            return this != FAILED && this != SIMULATED && this != MISSED;
        }
        boolean delivery = next == SENT || next == DELIVERED || next == READ;
        return delivery && (this == SENDING || this == QUEUED || this == SENT || this == DELIVERED) && next.rank > rank;
    }

    /** The i18n key of the status chip. */
    public String labelKey() {
        return "whatsapp.status." + name().toLowerCase();
    }
}
