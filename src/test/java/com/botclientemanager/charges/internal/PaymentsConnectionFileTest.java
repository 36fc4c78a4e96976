package com.botclientemanager.charges.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.botclientemanager.charges.ChargesProperties.PaymentProvider;
import com.botclientemanager.charges.MercadoPagoSettings;
import com.botclientemanager.charges.PaymentSetup;
import com.botclientemanager.validation.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Mercado Pago's token and secret as saved in Settings: owner-only file, write-only, a configured value wins. */
class PaymentsConnectionFileTest {

    @TempDir
    Path dir;

    @Test
    void secretsAreKeptOwnerOnlyAndABlankFieldKeepsTheSavedOne() throws Exception {
        Path path = dir.resolve("payments-connection.json");
        PaymentSetup setup = new PaymentSetup(new PaymentsConnectionFile(path), new StandardEnvironment());
        assertThat(setup.current().on()).isFalse();

        setup.save(PaymentProvider.MERCADOPAGO, "APP_USR-123456789", "s3cr3t-signature", "eu@revenda.com.br");
        MercadoPagoSettings kept = setup.save(PaymentProvider.MERCADOPAGO, "", "  ", "eu@revenda.com.br");

        assertThat(kept.accessToken()).isEqualTo("APP_USR-123456789");
        assertThat(kept.webhookSecret()).isEqualTo("s3cr3t-signature");
        assertThat(kept.toString()).doesNotContain("APP_USR-123456789").doesNotContain("s3cr3t-signature");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
        assertThat(new PaymentSetup(new PaymentsConnectionFile(path), new StandardEnvironment()).current().on())
                .as("after a restart").isTrue();
    }

    @Test
    void turningMercadoPagoOnNeedsATokenAndBadInputIsRefusedWithoutLosingTheSavedValues() {
        Path path = dir.resolve("payments-connection.json");
        PaymentSetup setup = new PaymentSetup(new PaymentsConnectionFile(path), new StandardEnvironment());

        assertThatThrownBy(() -> setup.save(PaymentProvider.MERCADOPAGO, "", "", "eu@revenda.com.br"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("charges.error.token-required"));
        setup.save(PaymentProvider.MERCADOPAGO, "APP_USR-123456789", "", "eu@revenda.com.br");
        assertThatThrownBy(() -> setup.save(PaymentProvider.MERCADOPAGO, "has spaces in it", "", "eu@revenda.com.br"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo(PaymentSetup.ACCESS_TOKEN));
        assertThatThrownBy(() -> setup.save(PaymentProvider.MERCADOPAGO, "", "", "not-an-email"))
                .isInstanceOf(InvalidInputException.class);

        assertThat(new PaymentSetup(new PaymentsConnectionFile(path), new StandardEnvironment()).current().accessToken())
                .isEqualTo("APP_USR-123456789");
    }

    @Test
    void aConfiguredValueWinsOverThePage() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs",
                Map.of("app.payments.mercadopago.webhook-secret", "from-the-environment")));
        PaymentSetup setup = new PaymentSetup(new PaymentsConnectionFile(dir.resolve("p.json")), environment);

        MercadoPagoSettings saved = setup.save(PaymentProvider.MERCADOPAGO, "APP_USR-123456789", "typed-on-the-page",
                "eu@revenda.com.br");

        assertThat(saved.webhookSecret()).isEqualTo("from-the-environment");
        assertThat(setup.fromEnvironment(PaymentSetup.WEBHOOK_SECRET)).isTrue();
        assertThat(setup.fromEnvironment(PaymentSetup.ACCESS_TOKEN)).isFalse();
    }
}
