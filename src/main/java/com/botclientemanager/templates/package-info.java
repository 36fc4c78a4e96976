/**
 * Message templates (reminder texts with placeholders such as {nome}), their rendering for one client, and the PIX
 * "copia e cola" code a reminder can carry.
 */
package com.botclientemanager.templates;
