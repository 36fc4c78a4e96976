package com.botclientemanager.templates;

import com.botclientemanager.whatsapp.CloudTemplate;

/**
 * A message template as the reseller wrote it.
 *
 * @param id          stable id (a UUID string); null for a template not saved yet
 * @param offsetDays  reminder kinds only: due date + offset is the day it is sent (-3 before, 0 on the day, +1 after);
 *                    null for the other kinds
 * @param cloud       optional mapping onto an approved Cloud API template; null when not mapped
 */
public record MessageTemplate(String id, String name, TemplateKind kind, ServiceFilter service, Integer offsetDays,
        boolean active, String body, CloudTemplate cloud) {

    /** The same template with another body (a client's own message replacing it). */
    public MessageTemplate withBody(String newBody) {
        return new MessageTemplate(id, name, kind, service, offsetDays, active, newBody, cloud);
    }
}
