/**
 * Clients' replies on WhatsApp: inbound messages from both providers (stored like the message log), the opt-out and
 * resume keywords ("SAIR", "VOLTAR"), and the pause of automatic reminders while the reseller talks to a client.
 * Other modules ask {@link com.botclientemanager.replies.ReplyService} whether a client's reminders must wait.
 */
package com.botclientemanager.replies;
