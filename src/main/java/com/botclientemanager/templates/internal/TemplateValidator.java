package com.botclientemanager.templates.internal;

import com.botclientemanager.whatsapp.CloudTemplate;
import com.botclientemanager.validation.InvalidInputException;
import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.Placeholder;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The checks a template passes before it is stored; each failure names the field and an i18n message key. */
public final class TemplateValidator {

    /** WhatsApp's limit for a text message body. */
    public static final int MAX_BODY = 4096;
    public static final int MAX_NAME = 80;
    public static final int MAX_OFFSET = 365;
    /** Anything that looks like a placeholder: a brace, a word, a brace ({nome}, {NOME}, {serviço}, {x1}). */
    private static final Pattern PLACEHOLDER_LIKE = Pattern.compile("\\{([\\p{L}_][\\p{L}\\p{N}_]*)}");
    private static final Pattern CLOUD_NAME = Pattern.compile("[a-z0-9_]{1,512}");
    private static final Pattern CLOUD_LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");

    private TemplateValidator() {
    }

    public static void validate(MessageTemplate template) {
        if (template.name() == null || template.name().isBlank()) {
            throw new InvalidInputException("name", "templates.error.name.required");
        }
        if (template.name().strip().length() > MAX_NAME) {
            throw new InvalidInputException("name", "templates.error.name.long", MAX_NAME);
        }
        if (template.kind() == null) {
            throw new InvalidInputException("kind", "templates.error.kind.required");
        }
        validateOffset(template);
        validateBody(template.body());
        validateCloud(template.cloud());
    }

    private static void validateOffset(MessageTemplate template) {
        if (!template.kind().isReminder()) {
            return;
        }
        Integer offset = template.offsetDays();
        if (offset == null) {
            throw new InvalidInputException("offsetDays", "templates.error.offset.required");
        }
        if (!template.kind().acceptsOffset(offset)) {
            throw new InvalidInputException("offsetDays", "templates.error.offset." + template.kind().json());
        }
        if (Math.abs(offset) > MAX_OFFSET) {
            throw new InvalidInputException("offsetDays", "templates.error.offset.range", MAX_OFFSET);
        }
    }

    private static void validateBody(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "templates.error.body.required");
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidInputException("body", "templates.error.body.long", MAX_BODY, body.length());
        }
        Set<String> unknown = unknownPlaceholders(body);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("body", "templates.error.placeholder.unknown",
                    unknown.stream().map(name -> "{" + name + "}").collect(Collectors.joining(", ")), validPlaceholders());
        }
    }

    private static void validateCloud(CloudTemplate cloud) {
        if (cloud == null) {
            return;
        }
        if (cloud.name() == null || !CLOUD_NAME.matcher(cloud.name()).matches()) {
            throw new InvalidInputException("cloud", "templates.error.cloud.name");
        }
        if (cloud.language() == null || !CLOUD_LANGUAGE.matcher(cloud.language()).matches()) {
            throw new InvalidInputException("cloud", "templates.error.cloud.language");
        }
        for (String parameter : cloud.parameters()) {
            if (Placeholder.byName(parameter).isEmpty()) {
                throw new InvalidInputException("cloud", "templates.error.placeholder.unknown", "{" + parameter + "}",
                        validPlaceholders());
            }
        }
    }

    /** Placeholder-shaped words in the body that are not placeholders, in order of appearance. */
    public static Set<String> unknownPlaceholders(String body) {
        Set<String> unknown = new LinkedHashSet<>();
        if (body == null) {
            return unknown;
        }
        Matcher matcher = PLACEHOLDER_LIKE.matcher(body);
        while (matcher.find()) {
            if (Placeholder.byName(matcher.group(1)).isEmpty()) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    /** "{nome} {name}, {vencimento} {expires_at}, ..., {pix}": every valid placeholder, both names. */
    public static String validPlaceholders() {
        return Arrays.stream(Placeholder.values())
                .map(p -> p.portuguese().equals(p.english()) ? "{" + p.portuguese() + "}"
                        : "{" + p.portuguese() + "} {" + p.english() + "}")
                .collect(Collectors.joining(", "));
    }
}
