package com.botclientemanager.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report's months as CSV: in pt-BR what a Brazilian Excel opens as it is ({@code ;}, {@code 1234,56}, UTF-8 with BOM),
 * in English {@code ,} and {@code 1234.56}. Headers come translated from {@code reports.csv.*}.
 */
public final class ReportCsv {

    static final List<String> COLUMNS = List.of("month", "received", "iptv", "vpn", "other", "renewals", "new", "churn",
            "due", "renewed", "rate");

    private ReportCsv() {
    }

    public static void write(ReportFigures figures, Locale locale, Function<String, String> translate, OutputStream out)
            throws IOException {
        boolean brazilian = !locale.getLanguage().equals("en");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(brazilian ? ';' : ',').setRecordSeparator("\r\n").get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            csv.printRecord(COLUMNS.stream().map(c -> translate.apply("reports.csv." + c)).toList());
            for (MonthFigures month : figures.months()) {
                List<String> row = new ArrayList<>();
                row.add(month.month().toString());
                row.add(number(month.received(), brazilian));
                ReportGroups.SERVICES.forEach(s -> row.add(number(month.receivedByService().get(s), brazilian)));
                row.add(String.valueOf(month.renewals()));
                row.add(String.valueOf(month.newClients()));
                row.add(String.valueOf(month.churned()));
                row.add(String.valueOf(month.dueClients()));
                row.add(String.valueOf(month.renewedClients()));
                row.add(month.renewalRate() == null ? "" : number(month.renewalRate(), brazilian));
                csv.printRecord(row);
            }
        }
    }

    private static String number(BigDecimal value, boolean brazilian) {
        String plain = (value == null ? BigDecimal.ZERO : value).toPlainString();
        return brazilian ? plain.replace('.', ',') : plain;
    }
}
