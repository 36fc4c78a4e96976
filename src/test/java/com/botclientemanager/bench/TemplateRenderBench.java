package com.botclientemanager.bench;

import com.botclientemanager.templates.MessageData;
import com.botclientemanager.templates.internal.BrCode;
import com.botclientemanager.templates.internal.PlaceholderRenderer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How long rendering the default "3 days before" reminder (with a freshly built PIX code) takes for 10,000 clients. */
@Tag(Bench.TAG)
class TemplateRenderBench {

    private static final String BODY = "Oi, {nome}! 👋 Passando para lembrar que seu plano {plano} vence em {vencimento} "
            + "(daqui a {dias} dias). Valor: {valor}. Para renovar, é só pagar pelo PIX abaixo e me mandar o comprovante. "
            + "😉\n\n{pix}";

    @Test
    void renderTenThousandReminders() {
        PlaceholderRenderer renderer = new PlaceholderRenderer(amount -> Optional.of(
                BrCode.build("+5511987654321", "ZE DA TV", "SAO PAULO", amount, null)));
        Locale locale = Locale.forLanguageTag("pt-BR");
        LocalDate today = LocalDate.of(2026, 11, 27);
        double millis = Bench.bestMillis(3, 5, () -> {
            for (int i = 0; i < 10_000; i++) {
                renderer.render(BODY, new MessageData("Cliente " + i, "55119" + (10_000_000 + i), "IPTV", "Mensal",
                        BigDecimal.valueOf(2990 + i % 100, 2), today.plusDays(3), today, null), locale);
            }
        });
        Bench.report("templates.render.10k-reminders-with-pix", millis, "ms");
    }
}
