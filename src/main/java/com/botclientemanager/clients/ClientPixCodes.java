package com.botclientemanager.clients;

import com.botclientemanager.templates.MessageData;
import com.botclientemanager.templates.PixService;
import com.botclientemanager.templates.Placeholder;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * How a client pays: the PIX copy-and-paste code and its QR image; the dynamic charge of a payment provider when one
 * is on ({@link DynamicPix}), else the static key's code for the client's price, when PIX is set up.
 */
@Service
public class ClientPixCodes {

    private final PixService pix;
    private final List<DynamicPix> dynamic;

    public ClientPixCodes(PixService pix) {
        this(pix, List.of());
    }

    @Autowired
    public ClientPixCodes(PixService pix, List<DynamicPix> dynamic) {
        this.pix = pix;
        this.dynamic = List.copyOf(dynamic);
    }

    public Optional<PixCode> pixCode(Client client) {
        Optional<String> charge = dynamicCode(client);
        if (charge.isPresent()) {
            return charge.map(code -> new PixCode(code, pix.qrPng(code, 240)));
        }
        if (client.value() == null || client.value().signum() <= 0) {
            return Optional.empty();
        }
        return pix.copyAndPaste(client.value()).map(code -> new PixCode(code, pix.qrPng(code, 240)));
    }

    /** The provider's charge for the client's open due date, when a provider is on and could make one. */
    public Optional<String> dynamicCode(Client client) {
        return dynamic.stream().map(source -> source.codeFor(client)).flatMap(Optional::stream).findFirst();
    }

    /**
     * {@code data} with the client's own charge for {pix} when one of {@code texts} (the message's template and the
     * client's own messages) uses {pix} and a provider is on; otherwise {@code data}, whose {pix} is the static key's.
     * Asked only then, so a message without {pix} never creates a charge.
     */
    public MessageData withChargeIfMentioned(MessageData data, Client client, String... texts) {
        for (String text : texts) {
            if (text != null && text.contains("{" + Placeholder.PIX.portuguese() + "}")) {
                return dynamicCode(client).map(data::withPix).orElse(data);
            }
        }
        return data;
    }

    /** A PIX "copia e cola" code and the same code as a PNG QR image. */
    public record PixCode(String code, byte[] qrPng) {
    }
}
