/**
 * Sending WhatsApp messages (outbox, Evolution API or Meta's Cloud API), their delivery status and the message log.
 * Other modules call {@link com.botclientemanager.whatsapp.MessagingService} and listen to
 * {@link com.botclientemanager.whatsapp.MessageStatusChanged}, {@link com.botclientemanager.whatsapp.PhoneNotOnWhatsApp},
 * {@link com.botclientemanager.whatsapp.InboundMessage} and {@link com.botclientemanager.whatsapp.RecipientAlias}.
 */
package com.botclientemanager.whatsapp;
