package com.botclientemanager.replies;

import java.util.List;

/**
 * What the app does with clients' replies: the words that stop and resume a client's reminders, the answers to them, and
 * how many hours reminders wait after the reseller wrote to a client.
 */
public record ReplySettings(List<String> optOutKeywords, List<String> resumeKeywords, String optOutConfirmation,
        String resumeConfirmation, int pauseHours) {

    public ReplySettings {
        optOutKeywords = optOutKeywords == null ? List.of() : List.copyOf(optOutKeywords);
        resumeKeywords = resumeKeywords == null ? List.of() : List.copyOf(resumeKeywords);
    }
}
