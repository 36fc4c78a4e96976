package com.botclientemanager.clients;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A client the rule "desativar após N dias em atraso" switched to inactive.
 *
 * @param id          this entry's id (what "Desfazer" names)
 * @param dueDate     the due date the client was overdue for; the rule never switches the client off again for it
 * @param daysOverdue days past the due date when it happened
 * @param at          when, in the app's zone
 * @param undoneAt    when "Desfazer" reactivated the client, null while it stands
 */
public record AutoDeactivated(String id, String clientId, String clientName, LocalDate dueDate, int daysOverdue,
        LocalDateTime at, LocalDateTime undoneAt) {

    public boolean undone() {
        return undoneAt != null;
    }
}
