package com.botclientemanager.paylinks;

import com.botclientemanager.clients.ClientSettingsService;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.SettingsSection;
import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.validation.Phones;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The reseller's name and WhatsApp shown on the clients' pages, under the key "paylinks" of settings.json. */
@Service
public class ResellerContactService {

    public static final int MAX_NAME = 60;
    private final SettingsSection<ResellerContact> section;
    private final ClientSettingsService clientSettings;

    public ResellerContactService(DocumentStore store, ClientSettingsService clientSettings) {
        this.clientSettings = clientSettings;
        this.section = new SettingsSection<>(store, "paylinks", ResellerContact.NONE, ResellerContactService::read,
                ResellerContactService::write);
    }

    public ResellerContact contact() {
        return section.read();
    }

    /**
     * Validates and stores the contact (the number as digits with country code) and returns what was stored.
     *
     * @throws InvalidInputException on field name or whatsApp
     */
    public ResellerContact save(ResellerContact typed) {
        String name = typed.name() == null ? "" : typed.name().strip();
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("name", "paylinks.settings.error.name", MAX_NAME);
        }
        String whatsApp = "";
        if (typed.whatsApp() != null && !typed.whatsApp().isBlank()) {
            whatsApp = Phones.normalise(typed.whatsApp(), clientSettings.current().phoneRegion())
                    .orElseThrow(() -> new InvalidInputException("whatsApp", "paylinks.settings.error.whatsapp"));
        }
        ResellerContact stored = new ResellerContact(name, whatsApp);
        section.write("Atualiza contato da página do cliente", stored);
        return stored;
    }

    private static ResellerContact read(JsonNode node, ResellerContact none) {
        return new ResellerContact(SettingsSection.text(node, "reseller_name").orElse(none.name()),
                SettingsSection.text(node, "reseller_whatsapp").filter(Phones::sendable).orElse(none.whatsApp()));
    }

    private static void write(ResellerContact stored, ObjectNode node) {
        node.put("reseller_name", stored.name());
        node.put("reseller_whatsapp", stored.whatsApp());
    }
}
