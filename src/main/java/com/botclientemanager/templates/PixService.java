package com.botclientemanager.templates;

import com.botclientemanager.templates.internal.BrCode;
import com.botclientemanager.ui.QrCodes;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The static "PIX copia e cola" codes (and their QR images) for a price, to the receiver of {@link PixSettingsService}. */
@Service
public class PixService {

    /** A code longer than this cannot hold the amount: the BR Code's amount field holds 13 characters. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private final PixSettingsService settings;

    public PixService(PixSettingsService settings) {
        this.settings = settings;
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
        PixSettings receiver = settings.settings();
        if (!receiver.configured() || (amount != null && (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0))) {
            return Optional.empty();
        }
        try {
            return Optional.of(BrCode.build(receiver.key(), BrCode.merchantText(receiver.name(), BrCode.MAX_NAME),
                    BrCode.merchantText(receiver.city(), BrCode.MAX_CITY), amount, BrCode.txid(transactionId)));
        } catch (IllegalArgumentException e) {
            // settings.json edited by hand with a key too long for the code
            return Optional.empty();
        }
    }

    /** A PNG image of the code as a QR code, {@code size} pixels wide. */
    public byte[] qrPng(String code, int size) {
        return QrCodes.png(code, size);
    }
}
