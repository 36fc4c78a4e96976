package com.botclientemanager.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the user sees goes through the pt-BR and English bundles: both hold the same keys, every key the code asks
 * for exists, and no component is given a literal text instead of a key.
 */
class I18nBundlesTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    /**
     * A translation key the code asks for: getTranslation("key") and the like. A whole key given as a literal; a literal followed by {@code +} is a prefix completed at run time.
     */
    private static final Pattern KEY_USE =
            Pattern.compile("(?:getTranslation|translate|tr)\\(\\s*\"([a-z][a-zA-Z0-9_.-]+)\"\\s*[,)]");
    private static final Pattern LITERAL_TEXT = Pattern.compile(
            "(?:new\\s+(?:Button|Span|H[1-6]|Paragraph|Text|NativeLabel|Anchor|Checkbox|TextField|TextArea|PasswordField"
                    + "|Select|ComboBox|DatePicker|TimePicker|NumberField|BigDecimalField|IntegerField|EmailField|Tab"
                    + "|Details|RouterLink|SideNavItem|ConfirmDialog|MenuItem|Badge|Pre)"
                    + "|\\.set(?:Text|Label|Placeholder|HelperText|Title|ErrorMessage|HeaderTitle|Header|AriaLabel"
                    + "|TooltipText|ConfirmText|CancelText|RejectText|SummaryText)"
                    + "|\\.add(?:Item|Tab)|Notification\\.show)\\(\\s*\"([^\"]*)\"");
    /** Literals that are not prose: URLs, paths, anchors, hyphenated tokens (HTTP headers, CSS names), punctuation. */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "^(?:|https?://.*|/.*|#.*|tel:.*|mailto:.*|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+|[\\s\\p{Punct}\\d]*)$");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> portuguese = load("pt_BR").stringPropertyNames();
        Set<String> english = load("en").stringPropertyNames();
        assertThat(diff(portuguese, english)).as("keys only in pt-BR").isEmpty();
        assertThat(diff(english, portuguese)).as("keys only in English").isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = load("pt_BR").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        for (Path source : mainSources()) {
            Matcher matcher = KEY_USE.matcher(Files.readString(source));
            while (matcher.find()) {
                if (!keys.contains(matcher.group(1))) {
                    missing.add(source.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noComponentIsGivenALiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path source : mainSources()) {
            literals.addAll(literalTexts(source.getFileName().toString(), Files.readString(source)));
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void theLiteralCheckCatchesTheUsualMistakes() {
        assertThat(literalTexts("X.java", "add(new Button(\"Salvar\", e -> save()));")).hasSize(1);
        assertThat(literalTexts("X.java", "field.setLabel(\"Nome\");")).hasSize(1);
        assertThat(literalTexts("X.java", "Notification.show(\"Saved\");")).hasSize(1);
        assertThat(literalTexts("X.java", "new Button(getTranslation(\"save\"));")).isEmpty();
        assertThat(literalTexts("X.java", "new Anchor(\"https://wa.me/\" + phone, name);")).isEmpty();
    }

    private static List<String> literalTexts(String file, String source) {
        List<String> found = new ArrayList<>();
        Matcher matcher = LITERAL_TEXT.matcher(source);
        while (matcher.find()) {
            if (!NOT_PROSE.matcher(matcher.group(1)).matches()) {
                found.add(file + ": \"" + matcher.group(1) + "\"");
            }
        }
        return found;
    }

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN_SOURCES.resolve("com/botclientemanager"))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static Properties load(String locale) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/i18n/messages_" + locale + ".properties")) {
            assertThat(in).as("bundle " + locale).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
