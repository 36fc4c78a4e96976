package com.botclientemanager.push.internal;

import com.botclientemanager.push.PushEvent;
import com.botclientemanager.push.PushNotice;
import java.util.List;

/** The notices the app sends, each with its texts and the screen it opens. */
public final class PushNotices {

    private PushNotices() {
    }

    public static PushNotice remindersFailed(int count) {
        return new PushNotice(PushEvent.REMINDERS_FAILED, "push.notice.failed.title", "push.notice.failed.body",
                List.of(count), "messages?status=failed&day=today");
    }

    public static PushNotice whatsappDisconnected() {
        return new PushNotice(PushEvent.WHATSAPP_DISCONNECTED, "push.notice.disconnected.title",
                "push.notice.disconnected.body", List.of(), "whatsapp");
    }

    public static PushNotice whatsappCredentialsRejected() {
        return new PushNotice(PushEvent.WHATSAPP_DISCONNECTED, "push.notice.credentials.title",
                "push.notice.credentials.body", List.of(), "whatsapp");
    }

    public static PushNotice jobServerStopped() {
        return new PushNotice(PushEvent.APP_PROBLEM, "push.notice.jobs-stopped.title", "push.notice.jobs-stopped.body",
                List.of(), "");
    }

    /** Opens the dashboard, whose banner names the file and offers its backups. */
    public static PushNotice dataFileDamaged(String fileName) {
        return new PushNotice(PushEvent.APP_PROBLEM, "push.notice.damaged.title", "push.notice.damaged.body",
                List.of(fileName), "");
    }

    public static PushNotice clientReplied(String firstName, String clientId) {
        return new PushNotice(PushEvent.CLIENT_REPLIED, "push.notice.replied.title", "push.notice.replied.body",
                List.of(firstName), "conversations/" + clientId);
    }

    public static PushNotice paymentToConfirm(String firstName) {
        return new PushNotice(PushEvent.PAYMENT_TO_CONFIRM, "push.notice.to-confirm.title", "push.notice.to-confirm.body",
                List.of(firstName), "receipts");
    }

    public static PushNotice paymentConfirmed(String firstName) {
        return new PushNotice(PushEvent.PAYMENT_CONFIRMED, "push.notice.confirmed.title", "push.notice.confirmed.body",
                List.of(firstName), "clients");
    }

    public static PushNotice dailySummary(long sent, long failed, long missed, long paid) {
        return new PushNotice(PushEvent.DAILY_SUMMARY, "push.notice.summary.title", "push.notice.summary.body",
                List.of(sent, failed, missed, paid), failed > 0 ? "messages?status=failed&day=today" : "");
    }

    public static PushNotice test() {
        return new PushNotice(PushEvent.APP_PROBLEM, "push.notice.test.title", "push.notice.test.body", List.of(),
                "settings");
    }

    static PushNotice folded(int count) {
        return new PushNotice(PushEvent.APP_PROBLEM, "push.notice.folded.title", "push.notice.folded.body",
                List.of(count), "");
    }
}
