package com.botclientemanager.replies.internal;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.validation.Phones;
import com.botclientemanager.whatsapp.InboundMessage;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who sent a message: the clients with that phone (with or without the Brazilian ninth digit), else the client a lid
 * or Cloud user id was learned for. Several clients may share a number (the form only warns): a request to stop is
 * theirs together.
 */
@Component
public class Senders {

    private final ClientDirectory clients;
    private final ReplyRepository repository;

    Senders(ClientDirectory clients, ReplyRepository repository) {
        this.clients = clients;
        this.repository = repository;
    }

    public List<Client> of(InboundMessage message) {
        if (message.phone() != null) {
            Set<String> forms = BrazilianPhones.variants(message.phone());
            List<Client> byPhone = clients.all().stream()
                    .filter(c -> c.phone() != null && forms.contains(Phones.digits(c.phone())))
                    .toList();
            if (!byPhone.isEmpty()) {
                return byPhone;
            }
        }
        for (String alias : new String[] {phoneAlias(message.phone()), lidAlias(message.lid()), userAlias(message.userId())}) {
            if (alias != null) {
                List<Client> known = repository.clientOfAlias(alias).flatMap(clients::find).stream().toList();
                if (!known.isEmpty()) {
                    return known;
                }
            }
        }
        return List.of();
    }

    /** A number the reseller linked to a client by hand ("Vincular a um cliente"). */
    public static String phoneAlias(String phone) {
        return phone == null ? null : "phone:" + phone;
    }

    public static String lidAlias(String lid) {
        return lid == null ? null : "lid:" + lid;
    }

    public static String userAlias(String userId) {
        return userId == null ? null : "user:" + userId;
    }
}
