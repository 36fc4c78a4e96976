package com.botclientemanager.clients;

import com.botclientemanager.clients.ClientsProperties.RenewFrom;
import java.time.LocalTime;

/**
 * What a reseller sets once for all clients (Configurações > Clientes), stored under {@code "clients"} in
 * {@code settings.json}; {@code app.clients.*} gives the values until they are saved.
 * <p>
 * One reminder time, not one per reminder kind: each client already has its own "3 dias antes" and "no dia" times in
 * the form; the default is only where both start, and a reseller who wants them apart changes one field per client.
 *
 * @param phoneRegion  ISO country (BR) whose numbering plan reads numbers typed without "+country code"
 * @param renewFrom    where the renewal of an overdue client counts from: the old due date or the payment day
 * @param reminderTime the reminder time a new client starts with, and the time of a stored client who has none
 * @param deactivateAfterDays switch a client to inactive this many days after an unpaid due date; null: never (default)
 */
public record ClientSettings(String phoneRegion, RenewFrom renewFrom, LocalTime reminderTime, Integer deactivateAfterDays) {

    /** The longest "dias em atraso" the rule accepts. */
    public static final int MAX_DEACTIVATE_AFTER_DAYS = 365;

    /** Without the automatic deactivation (off). */
    public ClientSettings(String phoneRegion, RenewFrom renewFrom, LocalTime reminderTime) {
        this(phoneRegion, renewFrom, reminderTime, null);
    }
}
