package com.botclientemanager.clients.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an uploaded file into rows of named cells: a CSV (UTF-8 with or without BOM, UTF-16 with BOM, or Excel's
 * Windows-1252 when the bytes are not UTF-8; {@code ;} or {@code ,} found from the header) or the seed app's
 * {@code clients.json}. File-level problems are reported as an i18n key, never thrown.
 */
public final class ImportFile {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One data row: its line in the file and its cells by column; {@code json} rows hold JSON numbers as written. */
    public record Row(int line, Map<ImportColumn, String> cells, boolean json) {
    }

    /**
     * @param rows        the data rows (empty on a file error)
     * @param errorKey    i18n key of a problem with the whole file, or null
     * @param errorDetail what the error key's {0} names (missing columns, a line number), or null
     * @param noticeKey   i18n key of something the user should know (read as Windows-1252), or null
     */
    public record Parsed(List<Row> rows, String errorKey, String errorDetail, String noticeKey) {

        static Parsed error(String key, String detail) {
            return new Parsed(List.of(), key, detail, null);
        }
    }

    private ImportFile() {
    }

    public static Parsed read(String fileName, byte[] content) {
        if (content.length == 0) {
            return Parsed.error("clients.import.error.empty", null);
        }
        boolean utf16 = content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
                || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE));
        if (!utf16 && contains(content, (byte) 0)) {
            return Parsed.error("clients.import.error.not-text", null);
        }
        String notice = null;
        String text;
        if (utf16) {
            text = new String(content, StandardCharsets.UTF_16);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            } catch (CharacterCodingException e) {
                text = new String(content, WINDOWS_1252);
                notice = "clients.import.notice.windows-1252";
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        boolean json = (fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                || text.stripLeading().startsWith("{") || text.stripLeading().startsWith("[");
        Parsed parsed = json ? readJson(text) : readCsv(text);
        return notice == null || parsed.errorKey() != null ? parsed
                : new Parsed(parsed.rows(), null, null, notice);
    }

    private static Parsed readJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            return Parsed.error("clients.import.error.bad-json", null);
        }
        JsonNode clients = root != null && root.isObject() ? root.get("clients") : root;
        if (clients == null || !clients.isArray()) {
            return Parsed.error("clients.import.error.bad-json", null);
        }
        List<Row> rows = new ArrayList<>();
        int index = 0;
        for (JsonNode node : clients) {
            index++;
            Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    JsonNode value = field.getValue();
                    if (value != null && value.isValueNode() && !value.isNull()) {
                        ImportColumn.forHeader(field.getKey()).ifPresent(c -> cells.putIfAbsent(c, value.asString()));
                    }
                }
            }
            rows.add(new Row(index, cells, true));
        }
        return new Parsed(rows, null, null, null);
    }

    private static Parsed readCsv(String text) {
        String header = text.lines().findFirst().orElse("");
        char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<ImportColumn> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = new ArrayList<>();
                    Set<ImportColumn> found = new LinkedHashSet<>();
                    for (String cell : record) {
                        ImportColumn column = ImportColumn.forHeader(cell).orElse(null);
                        columns.add(column != null && found.add(column) ? column : null);
                    }
                    Set<ImportColumn> missing = new LinkedHashSet<>(ImportColumn.REQUIRED);
                    missing.removeAll(found);
                    if (!missing.isEmpty()) {
                        return Parsed.error("clients.import.error.missing-columns", String.join(", ",
                                missing.stream().map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList()));
                    }
                    continue;
                }
                Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
                for (int i = 0; i < record.size() && i < columns.size(); i++) {
                    if (columns.get(i) != null) {
                        cells.put(columns.get(i), record.get(i));
                    }
                }
                if (cells.values().stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new Row((int) record.getRecordNumber(), cells, false));
            }
            if (columns == null) {
                return Parsed.error("clients.import.error.empty", null);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return Parsed.error("clients.import.error.bad-csv", String.valueOf(rows.size() + 2));
        }
        return new Parsed(rows, null, null, null);
    }

    private static int count(String text, char c) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static boolean contains(byte[] content, byte b) {
        int limit = Math.min(content.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (content[i] == b) {
                return true;
            }
        }
        return false;
    }
}
