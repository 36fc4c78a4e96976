package com.botclientemanager.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV a Brazilian Excel opens as it is: ";" between columns, "1234,56", UTF-8 with BOM; English uses "," and ".". */
class ReportCsvTest {

    private final ReportFigures figures = new ReportFigures(LocalDate.of(2026, 11, 30), ReportFilter.lastYear(), 30,
            List.of(new MonthFigures(YearMonth.of(2026, 11), new BigDecimal("1234.56"),
                    Map.of("IPTV", new BigDecimal("1000.00"), "VPN", new BigDecimal("234.56"), "OTHER", BigDecimal.ZERO),
                    3, 2, 1, 8, 3)),
            Map.of(), BigDecimal.ZERO, 0, 0, List.of());

    @Test
    void brazilianCsv() throws Exception {
        String csv = write(Locale.forLanguageTag("pt-BR"));
        assertThat(csv).startsWith("\uFEFFmes;recebido;").contains("\r\n2026-11;1234,56;1000,00;234,56;0;3;2;1;8;3;37,5\r\n");
    }

    @Test
    void englishCsv() throws Exception {
        assertThat(write(Locale.ENGLISH)).contains("\r\n2026-11,1234.56,1000.00,234.56,0,3,2,1,8,3,37.5\r\n");
    }

    private String write(Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportCsv.write(figures, locale, key -> key.equals("reports.csv.month") ? "mes"
                : key.equals("reports.csv.received") ? "recebido" : key, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
