/**
 * Where other modules call into the clients module: the template preview's client list and WhatsApp's "no account"
 * report. Kept apart from {@code internal}, the low-level parts below the module's services. {@code internal.ManualSendJob}
 * calls up too but stays: JobRunr stores its class name with every queued send.
 */
package com.botclientemanager.clients.adapter;
