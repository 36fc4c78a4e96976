package com.botclientemanager.charges.ui;

import com.botclientemanager.charges.ChargeApproved;
import com.botclientemanager.charges.ChargeService;
import com.botclientemanager.charges.ProviderHealth;
import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.ui.LiveUpdates;
import com.botclientemanager.ui.Notices;
import com.botclientemanager.ui.ShellBanner;
import com.botclientemanager.validation.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * On every page while Mercado Pago is on: "Mercado Pago recusou o token" while it does, and a notice when a PIX payment
 * was confirmed automatically (the client is renewed and thanked without anyone in the app).
 */
@org.springframework.stereotype.Component
class ChargesBanner implements ShellBanner {

    private final ChargeService charges;
    private final ProviderHealth health;
    private final LiveUpdates liveUpdates;
    private final ClientDirectory clients;

    ChargesBanner(ChargeService charges, ProviderHealth health, LiveUpdates liveUpdates, ClientDirectory clients) {
        this.charges = charges;
        this.health = health;
        this.liveUpdates = liveUpdates;
        this.clients = clients;
    }

    @Override
    public Component create() {
        return charges.enabled() ? new Banner() : null;
    }

    private final class Banner extends Span {

        Banner() {
            setId("charges-banner");
            if (health.isTokenRejected()) {
                setText(getTranslation("charges.banner.token-rejected"));
                getElement().getThemeList().add("badge error");
            }
            liveUpdates.whileAttached(this, this::show, ChargeApproved.class);
        }

        private void show(List<Object> events) {
            events.stream().filter(ChargeApproved.class::isInstance).map(ChargeApproved.class::cast)
                    .forEach(approved -> Notices.success(getTranslation("charges.live.approved",
                            clients.find(approved.clientId()).map(Client::name).orElse(""),
                            Money.format(approved.amount(), getLocale()))));
        }
    }
}
