package com.botclientemanager.clients.ui;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ManualSends;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Small badges beside a client's name in the grid and on a phone's card: a warning naming the placeholders of the
 * client's own messages that a reminder could not fill, and "Confirmar renovação" for a client the older bot marked
 * paid for the current due date (it opens "Marcar como pago", which renews the client and records the payment).
 */
final class ClientFlags {

    /**
     * The badges as Lit markup; the row's renderer needs {@link #withFlags} and a {@code pay} function. Only the rows
     * with a flag get its elements: a hidden button on every row still cost its style work.
     */
    static final String BADGES = """
            ${!item.unfilled && !item.confirmRenewal && !item.optedOut ? '' : html`<span class="client-flags">\
            <span class="status-badge status-overdue opted-out-badge" ?hidden=${!item.optedOut} \
            title="${item.optedOutLabel}">${item.optedOutLabel}</span>\
            <span class="status-badge status-due-soon placeholder-warning" role="img" ?hidden=${!item.unfilled} \
            title="${item.unfilled}" aria-label="${item.unfilled}">⚠ ${item.unfilledNames}</span>\
            <vaadin-button theme="small primary" class="confirm-renewal" ?hidden=${!item.confirmRenewal} \
            title="${item.confirmRenewalHint}" @click=${pay}>${item.confirmRenewalLabel}</vaadin-button></span>`}""";

    private ClientFlags() {
    }

    static LitRenderer<Client> withFlags(LitRenderer<Client> renderer, Function<Client, List<String>> unfilled,
            java.util.function.Predicate<Client> optedOut, UnaryOperator<String> translate,
            Function<String, String> unfilledText) {
        return renderer
                .withProperty("optedOut", optedOut::test)
                .withProperty("optedOutLabel", c -> translate.apply("clients.opted-out.badge"))
                .withProperty("unfilledNames", c -> braced(unfilled.apply(c)))
                .withProperty("unfilled", c -> {
                    String names = braced(unfilled.apply(c));
                    return names.isEmpty() ? "" : unfilledText.apply(names);
                })
                .withProperty("confirmRenewal", Client::paidForDueDate)
                .withProperty("confirmRenewalLabel", c -> c.paidForDueDate() ? translate.apply("clients.flag.confirm-renewal") : "")
                .withProperty("confirmRenewalHint", c -> c.paidForDueDate() ? translate.apply("clients.flag.confirm-renewal.hint") : "");
    }

    private static String braced(List<String> names) {
        return names.isEmpty() ? "" : ManualSends.braced(names);
    }
}
