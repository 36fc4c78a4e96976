package com.botclientemanager.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.internal.LocalDocumentStore;
import com.botclientemanager.templates.PixService;
import com.botclientemanager.templates.PixSettingsService;
import com.botclientemanager.templates.PixSettings;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client's detail shows the PIX code for the client's price, also as a QR a bank app reads back exactly. */
class ClientPixCodesTest {

    @TempDir
    Path dataDir;

    @Test
    void pixCodeForTheClientsPriceAndItsQr() throws Exception {
        try (DataDirectory directory = new DataDirectory(new StorageProperties(dataDir, null))) {
            PixSettingsService pixSettings = new PixSettingsService(new LocalDocumentStore(directory, Clock.systemUTC()));
            ClientPixCodes payments = new ClientPixCodes(new PixService(pixSettings));
            Client client = new Client("1", "Ana", "5511987650001", "IPTV", new BigDecimal("35.90"),
                    LocalDate.of(2026, 12, 1), null, null, "", "", LocalDateTime.now(), "Mensal", null, true, true, null, false);

            assertThat(payments.pixCode(client)).as("PIX not set up yet").isEmpty();
            pixSettings.save(new PixSettings("revenda@example.com", "Revenda Exemplo", "São Paulo"));

            ClientPixCodes.PixCode code = payments.pixCode(client).orElseThrow();
            assertThat(code.code()).contains("br.gov.bcb.pix").contains("540535.90").contains("5802BR");
            var image = ImageIO.read(new ByteArrayInputStream(code.qrPng()));
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image)))).getText();
            assertThat(decoded).isEqualTo(code.code());
            assertThat(payments.pixCode(client.withValue(BigDecimal.ZERO))).isEmpty();
        }
    }
}
