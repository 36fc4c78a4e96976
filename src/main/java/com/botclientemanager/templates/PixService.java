package com.botclientemanager.templates;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.templates.internal.BrCode;
import com.botclientemanager.templates.internal.PixKeys;
import com.botclientemanager.ui.QrCodes;
import com.botclientemanager.validation.InvalidInputException;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The reseller's PIX receiver and the static "PIX copia e cola" codes (and their QR images) for a price. */
@Service
public class PixService {

    static final String SETTINGS_KEY = "pix";
    /** A code longer than this cannot hold the amount: the BR Code's amount field holds 13 characters. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private final DocumentStore store;

    public PixService(DocumentStore store) {
        this.store = store;
    }

    /** The stored settings, {@link PixSettings#NONE} before they are saved. */
    public PixSettings settings() {
        JsonNode pix = store.read(Document.SETTINGS).get(SETTINGS_KEY);
        if (pix == null || !pix.isObject()) {
            return PixSettings.NONE;
        }
        return new PixSettings(text(pix, "key"), text(pix, "name"), text(pix, "city"));
    }

    public boolean configured() {
        return settings().configured();
    }

    /**
     * Validates and stores the settings (the key in its normalised form) and returns what was stored.
     *
     * @throws InvalidInputException on field key, name or city
     */
    public PixSettings save(PixSettings settings) {
        String key = PixKeys.normalise(settings.key());
        if (BrCode.merchantText(settings.name(), BrCode.MAX_NAME).isEmpty()) {
            throw new InvalidInputException("name", "pix.error.name.required");
        }
        if (BrCode.merchantText(settings.city(), BrCode.MAX_CITY).isEmpty()) {
            throw new InvalidInputException("city", "pix.error.city.required");
        }
        PixSettings stored = new PixSettings(key, settings.name().strip(), settings.city().strip());
        store.update(Document.SETTINGS, new DocumentChange("Atualiza dados do PIX", document -> {
            ObjectNode pix = document.putObject(SETTINGS_KEY);
            pix.put("key", stored.key());
            pix.put("name", stored.name());
            pix.put("city", stored.city());
            return document;
        }));
        return stored;
    }

    /** The copy-and-paste code for this price (none when PIX is not set up or the price is not a valid amount). */
    public Optional<String> copyAndPaste(BigDecimal amount) {
        return copyAndPaste(amount, null);
    }

    /**
     * The copy-and-paste code for this price, with a transaction id (letters and digits, up to 25) the reseller sees
     * in the bank statement; null or empty for none. A null amount gives a code where the payer types the amount.
     */
    public Optional<String> copyAndPaste(BigDecimal amount, String transactionId) {
        PixSettings settings = settings();
        if (!settings.configured() || (amount != null && (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0))) {
            return Optional.empty();
        }
        try {
            return Optional.of(BrCode.build(settings.key(), BrCode.merchantText(settings.name(), BrCode.MAX_NAME),
                    BrCode.merchantText(settings.city(), BrCode.MAX_CITY), amount, BrCode.txid(transactionId)));
        } catch (IllegalArgumentException e) {
            // settings.json edited by hand with a key too long for the code
            return Optional.empty();
        }
    }

    /** A PNG image of the code as a QR code, {@code size} pixels wide. */
    public byte[] qrPng(String code, int size) {
        return QrCodes.png(code, size);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : "";
    }
}
