package com.botclientemanager.clients;

import com.botclientemanager.templates.PixService;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** How a client pays: the PIX copy-and-paste code for the client's price and its QR image, when PIX is set up. */
@Service
public class ClientPixCodes {

    private final PixService pix;

    public ClientPixCodes(PixService pix) {
        this.pix = pix;
    }

    public Optional<PixCode> pixCode(Client client) {
        if (client.value() == null || client.value().signum() <= 0) {
            return Optional.empty();
        }
        return pix.copyAndPaste(client.value()).map(code -> new PixCode(code, pix.qrPng(code, 240)));
    }

    /** A PIX "copia e cola" code and the same code as a PNG QR image. */
    public record PixCode(String code, byte[] qrPng) {
    }
}
