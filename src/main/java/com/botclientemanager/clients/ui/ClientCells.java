package com.botclientemanager.clients.ui;

import com.botclientemanager.clients.Client;
import com.botclientemanager.clients.ClientStatus;
import com.botclientemanager.validation.Phones;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Entities;

/**
 * The clients grid's status, row-action and card cells as Lit templates. They are drawn in the browser from a few
 * properties per row: a server component per cell (a badge, four buttons and a menu on each row) made a page of the
 * grid cost hundreds of milliseconds on the server and a second in the browser, and under load the browser fell
 * behind. Client data is bound as text; only our own translated labels are part of the template, escaped.
 */
final class ClientCells {

    private static final String BADGE = """
            <span class="status-badge status-${item.statusClass}">${item.status}</span>""";

    /** The largest price a client can have (the form's limit), to size the price column. */
    static final java.math.BigDecimal LARGEST_PRICE = new java.math.BigDecimal("9999999.99");

    private static final String STACK = """
            <div class="cell-stack"><span class="cell-main">${item.main}</span>\
            <span class="cell-sub" ?hidden=${!item.sub}>${item.sub}</span></div>""";

    private ClientCells() {
    }

    /**
     * The name, the phone below it (shown only while the grid is folded, see {@link ClientGrid}), then the
     * {@link ClientFlags} badges. Long names wrap instead of being cut.
     */
    static LitRenderer<Client> nameAndPhone(Function<Client, String> phone) {
        return LitRenderer.<Client>of("""
                <div class="cell-stack"><span class="cell-main">${item.main}</span>\
                <span class="cell-sub fold-only" ?hidden=${!item.sub}>${item.sub}</span>%s</div>""".formatted(ClientFlags.BADGES))
                .withProperty("main", Client::name)
                .withProperty("sub", phone::apply);
    }

    /** The plan with its service below it (or the service alone when the plan has no name). */
    static LitRenderer<Client> planAndService(Function<Client, String> plan, Function<Client, String> service) {
        return LitRenderer.<Client>of(STACK)
                .withProperty("main", c -> plan.apply(c) == null || plan.apply(c).isBlank() ? service.apply(c) : plan.apply(c))
                .withProperty("sub", c -> plan.apply(c) == null || plan.apply(c).isBlank() ? "" : service.apply(c));
    }

    /** The due date, the status badge below it (shown only while the grid is folded). */
    static LitRenderer<Client> dueAndStatus(Function<Client, ClientStatus> statusOf, UnaryOperator<String> translate,
            Function<Client, String> due) {
        String template = """
                <div class="cell-stack"><span class="cell-main">${item.due}</span>\
                <span class="fold-only">%s</span></div>""".formatted(BADGE);
        return withStatus(LitRenderer.<Client>of(template).withProperty("due", due::apply), statusOf, translate);
    }

    /** The coloured status badge: green ativo, amber vence em breve, blue hoje, red atrasado, grey inativo. */
    static LitRenderer<Client> status(Function<Client, ClientStatus> statusOf, UnaryOperator<String> translate) {
        return withStatus(LitRenderer.of(BADGE), statusOf, translate);
    }

    /**
     * Icon buttons (pay, send, edit) and "⋮" for the row's menu, each named by its label (aria-label and tooltip). Plain
     * buttons styled with Lumo's variables: a vaadin-button, vaadin-icon and vaadin-tooltip per action were a dozen
     * custom elements per row, each with its own shadow DOM and style work, most of the page's browser time.
     */
    static LitRenderer<Client> actions(ClientGrid.Actions actions, UnaryOperator<String> translate) {
        String template = "<div class=\"row-actions\">"
                + RowButtons.button("pay-button", RowButtons.CHECK, translate.apply("clients.action.mark-paid"), "${pay}")
                + RowButtons.button("send-button", RowButtons.PAPERPLANE, translate.apply("clients.action.send"), "${send}")
                + RowButtons.button("edit-button", RowButtons.EDIT, translate.apply("clients.action.edit"), "${edit}")
                + RowButtons.button("more-menu", RowButtons.DOTS, translate.apply("clients.action.more"), OPEN_MENU)
                + "</div>";
        return withActions(LitRenderer.of(template), actions);
    }

    /** Opens the grid's one context menu (Histórico, Excluir) for the row, below the button, as a right click does. */
    private static final String OPEN_MENU = "${e => { const box = e.currentTarget.getBoundingClientRect();"
            + " e.currentTarget.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true,"
            + " cancelable: true, clientX: box.left, clientY: box.bottom })); }}";

    /** A phone's card: name, WhatsApp link, plan, due date with badge, and the same actions with labels. */
    static LitRenderer<Client> card(Function<Client, ClientStatus> statusOf, UnaryOperator<String> translate,
            Function<Client, String> phone, Function<Client, String> plan, Function<Client, String> due,
            ClientGrid.Actions actions) {
        String template = """
                <div class="client-card">
                  <span class="card-name">${item.name}</span>%s
                  <a class="card-phone" href="${item.waLink}" target="_blank" rel="noopener noreferrer">${item.phone}</a>
                  <span class="card-plan">${item.plan}</span>
                  <div class="card-due"><span>${item.due}</span>%s</div>
                  <div class="card-buttons">%s%s</div>
                </div>""".formatted(ClientFlags.BADGES, BADGE, iconButtons(translate, true), moreMenu(translate));
        LitRenderer<Client> card = LitRenderer.<Client>of(template)
                .withProperty("name", Client::name)
                .withProperty("waLink", c -> "https://wa.me/" + Phones.digits(c.phone()))
                .withProperty("phone", phone::apply)
                .withProperty("plan", plan::apply)
                .withProperty("due", due::apply);
        return withActions(withStatus(card, statusOf, translate), actions);
    }

    private static LitRenderer<Client> withStatus(LitRenderer<Client> renderer, Function<Client, ClientStatus> statusOf,
            UnaryOperator<String> translate) {
        return renderer
                .withProperty("status", c -> translate.apply(statusOf.apply(c).messageKey()))
                .withProperty("statusClass", c -> statusOf.apply(c).name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static LitRenderer<Client> withActions(LitRenderer<Client> renderer, ClientGrid.Actions actions) {
        return renderer
                .withFunction("pay", actions.pay()::accept)
                .withFunction("send", actions.send()::accept)
                .withFunction("edit", actions.edit()::accept);
    }

    /** Pay, send and edit; on a card pay and edit also show their label, in a row only the icon. */
    private static String iconButtons(UnaryOperator<String> translate, boolean labelled) {
        return button("pay-button", "success", "vaadin:check", translate.apply("clients.action.mark-paid"), "pay", labelled)
                + button("send-button", "tertiary", "vaadin:paperplane", translate.apply("clients.action.send"), "send", false)
                + button("edit-button", labelled ? "" : "tertiary", "vaadin:edit", translate.apply("clients.action.edit"),
                        "edit", labelled);
    }

    private static String button(String className, String theme, String icon, String label, String function,
            boolean labelled) {
        String text = escape(label);
        return labelled
                ? "<vaadin-button theme=\"small " + theme + "\" class=\"" + className + "\" @click=${" + function + "}>"
                        + "<vaadin-icon slot=\"prefix\" icon=\"" + icon + "\"></vaadin-icon>" + text + "</vaadin-button>"
                : "<vaadin-button theme=\"small icon " + theme + "\" class=\"" + className + "\" aria-label=\"" + text
                        + "\" @click=${" + function + "}><vaadin-icon icon=\"" + icon + "\"></vaadin-icon>"
                        + "<vaadin-tooltip slot=\"tooltip\" text=\"" + text + "\"></vaadin-tooltip></vaadin-button>";
    }

    /**
     * The card's "⋮" button: opens the grid's one context menu (Histórico, Excluir) for its row, as a right click or a
     * long press does. A menu bar per row measured its items on every render and was most of the page's browser time.
     */
    private static String moreMenu(UnaryOperator<String> translate) {
        String label = escape(translate.apply("clients.action.more"));
        return "<vaadin-button theme=\"small icon tertiary\" class=\"more-menu\" aria-label=\"" + label + "\" title=\""
                + label + "\" @click=" + OPEN_MENU + ">"
                + "<vaadin-icon icon=\"vaadin:ellipsis-dots-v\"></vaadin-icon></vaadin-button>";
    }

    /** Our label as HTML text in the template, which is itself a JavaScript template literal. */
    static String escape(String text) {
        return Entities.escape(text).replace("`", "&#96;").replace("$", "&#36;");
    }

}
