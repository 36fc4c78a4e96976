package com.botclientemanager.ui;

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

/** The QR code the user scans holds exactly the text it was drawn from: Evolution's pairing code, a PIX code. */
class QrCodesTest {

    /** The shape of a pairing code Evolution gives (about 240 characters). */
    static final String PAIRING_CODE = "2@y8eK+bjtEjUWy9/FOM5HH8Ta2D7R0fE2Ih3eYhqzLBfA1Xq0hCpxT4lD1ydOy5K3Gdgsv6ojpD1J,"
            + "hHD1Ek6f0Tz7CmT1Uv2uG5kWbBE3hLqZc2bTtX1Y0mE=,nFZt3f5j0wYk6bq4U2JmXw==,Q0yPqj0c8nK8b1qA3tQ6r1d3Gv4r8Wk=";
    static final String PIX_CODE = "00020126360014br.gov.bcb.pix0114+55119123456785204000053039865406"
            + "35.005802BR5913JOAO DA SILVA6009SAO PAULO62070503***6304ABCD";

    @Test
    void pngDecodesBackToThePairingCode() throws Exception {
        byte[] png = QrCodes.png(PAIRING_CODE, 280);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(280);
        assertThat(decode(image)).isEqualTo(PAIRING_CODE);
    }

    @Test
    void pngDecodesBackToThePixCode() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(PIX_CODE, 240)));

        assertThat(image.getWidth()).isEqualTo(240);
        assertThat(decode(image)).isEqualTo(PIX_CODE);
    }

    private static String decode(BufferedImage image) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE)).getText();
    }
}
