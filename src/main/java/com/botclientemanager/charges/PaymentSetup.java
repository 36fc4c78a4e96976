package com.botclientemanager.charges;

import com.botclientemanager.charges.ChargesProperties.PaymentProvider;
import com.botclientemanager.charges.internal.PaymentsConnectionFile;
import com.botclientemanager.validation.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Service;

/**
 * The provider and Mercado Pago's values as saved in Settings ({@code payments-connection.json}), each overridden by
 * its {@code app.payments.*} property when that is set outside the packaged defaults (environment, command line, an
 * external application.yml), as the WhatsApp page does. Secrets are written, never read back to a screen.
 */
@Service
public class PaymentSetup {

    public static final String PROVIDER = "provider";
    public static final String ACCESS_TOKEN = "access-token";
    public static final String WEBHOOK_SECRET = "webhook-secret";
    public static final String PAYER_EMAIL = "payer-email";
    private static final Map<String, String> PROPERTIES = Map.of(PROVIDER, "app.payments.provider",
            ACCESS_TOKEN, "app.payments.mercadopago.access-token",
            WEBHOOK_SECRET, "app.payments.mercadopago.webhook-secret",
            PAYER_EMAIL, "app.payments.mercadopago.payer-email");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern SECRET = Pattern.compile("\\S{8,500}");

    private final PaymentsConnectionFile file;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private volatile MercadoPagoSettings current;

    public PaymentSetup(PaymentsConnectionFile file, ConfigurableEnvironment env) {
        this.file = file;
        List<PropertySource<?>> outside = env.getPropertySources().stream()
                .filter(source -> !source.getName().contains("class path resource")
                        && !source.getName().equals("configurationProperties"))
                .toList();
        Binder binder = new Binder(ConfigurationPropertySources.from(outside));
        PROPERTIES.forEach((field, property) -> binder.bind(property, String.class)
                .ifBound(value -> environment.put(field, value)));
        this.current = merged(file.read());
    }

    public MercadoPagoSettings current() {
        return current;
    }

    /** Whether the value comes from the configuration (the page cannot change it). */
    public boolean fromEnvironment(String field) {
        return environment.containsKey(field);
    }

    /**
     * Saves what the page holds; a blank token or secret keeps the one saved before. Turning Mercado Pago on needs a
     * token and a payer e-mail.
     */
    public synchronized MercadoPagoSettings save(PaymentProvider provider, String newToken, String newSecret,
            String payerEmail) {
        Map<String, String> saved = new LinkedHashMap<>(file.read());
        String token = blank(newToken) ? saved.getOrDefault(ACCESS_TOKEN, "") : newToken.strip();
        String secret = blank(newSecret) ? saved.getOrDefault(WEBHOOK_SECRET, "") : newSecret.strip();
        String email = payerEmail == null ? "" : payerEmail.strip();
        if (!token.isEmpty() && !SECRET.matcher(token).matches()) {
            throw new InvalidInputException(ACCESS_TOKEN, "charges.error.token");
        }
        if (!secret.isEmpty() && !SECRET.matcher(secret).matches()) {
            throw new InvalidInputException(WEBHOOK_SECRET, "charges.error.secret");
        }
        if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new InvalidInputException(PAYER_EMAIL, "charges.error.email");
        }
        saved.put(PROVIDER, provider.name().toLowerCase(Locale.ROOT));
        saved.put(ACCESS_TOKEN, token);
        saved.put(WEBHOOK_SECRET, secret);
        saved.put(PAYER_EMAIL, email);
        MercadoPagoSettings next = merged(saved);
        if (next.on() && next.accessToken().isEmpty()) {
            throw new InvalidInputException(ACCESS_TOKEN, "charges.error.token-required");
        }
        if (next.on() && next.payerEmail().isEmpty()) {
            throw new InvalidInputException(PAYER_EMAIL, "charges.error.email-required");
        }
        file.write(saved);
        current = next;
        return next;
    }

    private MercadoPagoSettings merged(Map<String, String> saved) {
        String provider = value(PROVIDER, saved, "none");
        return new MercadoPagoSettings(
                provider.equalsIgnoreCase("mercadopago") ? PaymentProvider.MERCADOPAGO : PaymentProvider.NONE,
                value(ACCESS_TOKEN, saved, ""), value(WEBHOOK_SECRET, saved, ""), value(PAYER_EMAIL, saved, ""));
    }

    private String value(String field, Map<String, String> saved, String fallback) {
        String value = environment.getOrDefault(field, saved.get(field));
        return value == null ? fallback : value.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
