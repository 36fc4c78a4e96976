package com.botclientemanager.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The QR code the user scans holds exactly the pairing code Evolution gave us. */
class QrCodesTest {

    @Test
    void pngDecodesBackToThePairingCode() throws Exception {
        byte[] png = QrCodes.png(EvolutionGatewayTest.PAIRING_CODE, 280);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(280);
        String decoded = new QRCodeReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE)).getText();
        assertThat(decoded).isEqualTo(EvolutionGatewayTest.PAIRING_CODE);
    }
}
