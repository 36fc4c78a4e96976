package com.botclientemanager.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.validation.InvalidInputException;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PixServiceTest {

    @TempDir
    Path dataDir;
    private StoreOnTempDir files;
    private PixSettingsService pixSettings;
    private PixService pix;

    @BeforeEach
    void start() {
        files = new StoreOnTempDir(dataDir);
        pixSettings = new PixSettingsService(files.store());
        pix = new PixService(pixSettings);
    }

    @AfterEach
    void stop() throws Exception {
        files.close();
    }

    @Test
    void nothingIsGeneratedBeforeThePixIsSetUp() {
        assertThat(pixSettings.configured()).isFalse();
        assertThat(pixSettings.settings()).isEqualTo(PixSettings.NONE);
        assertThat(pix.copyAndPaste(new BigDecimal("10"))).isEmpty();
    }

    @Test
    void settingsAreStoredUnderTheirOwnKeyAndOtherModulesKeysAreKept() throws Exception {
        files.store().update(Document.SETTINGS, new DocumentChange("whatsapp", d -> d.put("whatsapp", "kept")));
        PixSettings saved = pixSettings.save(new PixSettings(" +55 (11) 98765-4321 ", " Zé da TV ", " Rio de Janeiro "));
        assertThat(saved).isEqualTo(new PixSettings("+5511987654321", "Zé da TV", "Rio de Janeiro"));
        assertThat(Files.readString(dataDir.resolve("settings.json"))).contains("\"whatsapp\" : \"kept\"")
                .contains("\"key\" : \"+5511987654321\"");
        files.restart();
        assertThat(new PixSettingsService(files.store()).settings()).isEqualTo(saved);
    }

    @Test
    void anInvalidKeyNameOrCityIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> pixSettings.save(new PixSettings("123.456.789-00", "Zé", "Rio")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("pix.error.key.cpf"));
        assertThatThrownBy(() -> pixSettings.save(new PixSettings("zé@tv.com.br", "Zé", "Rio")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("key"));
        assertThatThrownBy(() -> pixSettings.save(new PixSettings("ze@tv.com.br", " 🎉 ", "Rio")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> pixSettings.save(new PixSettings("ze@tv.com.br", "Zé", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("city"));
        assertThat(pixSettings.configured()).isFalse();
    }

    @Test
    void theCodeCarriesTheKeyThePriceAndTheNormalisedNameAndCity() {
        pixSettings.save(new PixSettings("11.222.333/0001-81", "Conceição Araújo Entretenimento Digital", "São José dos Campos"));
        String code = pix.copyAndPaste(new BigDecimal("1234.5")).orElseThrow();
        assertThat(code).startsWith("00020126360014br.gov.bcb.pix011411222333000181520400005303986")
                .contains("54071234.50", "5802BR", "5925CONCEICAO ARAUJO ENTRETEN", "6015SAO JOSE DOS CA", "62070503***6304");
        assertThat(code.substring(code.length() - 4)).isEqualTo(com.botclientemanager.templates.internal.BrCode
                .crc16(code.substring(0, code.length() - 4)));
        assertThat(pix.copyAndPaste(new BigDecimal("-1"))).isEmpty();
        assertThat(pix.copyAndPaste(null)).get().asString().doesNotContain("5404");
    }

    @Test
    void theQrImageDecodesBackToTheCode() throws Exception {
        pixSettings.save(new PixSettings("123e4567-e12b-12d1-a456-426655440000", "Fulano de Tal", "Brasília"));
        String code = pix.copyAndPaste(new BigDecimal("29.90"), "cliente 42").orElseThrow();
        assertThat(code).contains("62130509cliente42");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(pix.qrPng(code, 300)));
        assertThat(image.getWidth()).isEqualTo(300);
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertThat(decoded).isEqualTo(code);
    }
}
