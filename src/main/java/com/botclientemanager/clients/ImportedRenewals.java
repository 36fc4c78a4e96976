package com.botclientemanager.clients;

import com.botclientemanager.clients.internal.ClientCodec;
import com.botclientemanager.clients.internal.ClientsDocument;
import com.botclientemanager.clients.internal.OlderBotRenewals;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentStore;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ObjectNode;

/**
 * The renewals the older bot recorded for a client ({@code renewal_history} in {@code clients.json}), for the client's
 * history beside the app's own payments. Read-only: they do not count in the dashboard's revenue.
 */
@Service
public class ImportedRenewals {

    private final DocumentStore store;

    public ImportedRenewals(DocumentStore store) {
        this.store = store;
    }

    /** The client's older renewals, newest first (entries without a date last); empty when it has none. */
    public List<ImportedRenewal> of(String clientId) {
        for (ObjectNode node : ClientsDocument.clientNodes(store.read(Document.CLIENTS))) {
            if (ClientCodec.idOf(node).equals(clientId)) {
                return OlderBotRenewals.of(node).stream()
                        .sorted(Comparator.comparing(ImportedRenewal::renewedAt,
                                Comparator.nullsLast(Comparator.reverseOrder())))
                        .toList();
            }
        }
        return List.of();
    }
}
