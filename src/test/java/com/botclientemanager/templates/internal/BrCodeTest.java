package com.botclientemanager.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BrCodeTest {

    /**
     * The static example of the Banco Central do Brasil's BR Code manual (random key, no amount, txid "***"), as
     * published with its CRC: https://www.bcb.gov.br/content/estabilidadefinanceira/spb_docs/ManualBRCode.pdf
     */
    static final String BCB_MANUAL_EXAMPLE = "00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-426655440000"
            + "5204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D";

    /**
     * The static example (phone key, amount 66.66) of "Manual de Padrões para Iniciação do Pix", section 6.1, as
     * transcribed with its CRC at https://gist.github.com/matheusb-comp/1efa205b3c0ffd7af1e8ce63a10e02dc
     */
    static final String PADROES_STATIC_EXAMPLE = "00020126360014BR.GOV.BCB.PIX0114+55119432143215204000053039865405"
            + "66.665802BR5907EMPRESA6008BRASILIA62080503***6304170E";

    @Test
    void reproducesTheBcbManualExampleExactly() {
        assertThat(BrCode.build("123e4567-e12b-12d1-a456-426655440000", "Fulano de Tal", "BRASILIA", null, null))
                .isEqualTo(BCB_MANUAL_EXAMPLE);
    }

    @Test
    void checksumMatchesThePublishedExamples() {
        assertThat(BrCode.crc16(withoutCrc(BCB_MANUAL_EXAMPLE))).isEqualTo("1D3D");
        assertThat(BrCode.crc16(withoutCrc(PADROES_STATIC_EXAMPLE))).isEqualTo("170E");
        // the CRC-16/CCITT-FALSE check value
        assertThat(BrCode.crc16("123456789")).isEqualTo("29B1");
    }

    @Test
    void theAmountHasTwoDecimalsAndItsLengthPrefix() {
        String code = BrCode.build("+5511943214321", "EMPRESA", "BRASILIA", new BigDecimal("66.66"), null);
        assertThat(code).contains("540566.66");
        assertThat(BrCode.build("+5511943214321", "EMPRESA", "BRASILIA", new BigDecimal("35"), null)).contains("540535.00");
        assertThat(BrCode.build("+5511943214321", "EMPRESA", "BRASILIA", new BigDecimal("1234.5"), "ABC")).contains("54071234.50")
                .contains("62070503ABC");
        assertThat(BrCode.crc16(withoutCrc(code))).isEqualTo(code.substring(code.length() - 4));
    }

    @Test
    void merchantTextIsUpperCaseWithoutAccentsAndWithinItsLimit() {
        assertThat(BrCode.merchantText("  João  Conceição da Silva Araújo Neto ", BrCode.MAX_NAME))
                .isEqualTo("JOAO CONCEICAO DA SILVA A").hasSizeLessThanOrEqualTo(25);
        assertThat(BrCode.merchantText("São José do Rio Preto", BrCode.MAX_CITY)).isEqualTo("SAO JOSE DO RIO");
        assertThat(BrCode.merchantText("Açaí 🍇 & Cia", BrCode.MAX_NAME)).isEqualTo("ACAI & CIA");
        assertThat(BrCode.merchantText(null, BrCode.MAX_CITY)).isEmpty();
    }

    @Test
    void transactionIdKeepsLettersAndDigitsUpToTwentyFive() {
        assertThat(BrCode.txid(null)).isEqualTo("***");
        assertThat(BrCode.txid("--")).isEqualTo("***");
        assertThat(BrCode.txid("cliente-42/dez")).isEqualTo("cliente42dez");
        assertThat(BrCode.txid("a".repeat(40))).hasSize(25);
    }

    private static String withoutCrc(String code) {
        return code.substring(0, code.length() - 4);
    }
}
