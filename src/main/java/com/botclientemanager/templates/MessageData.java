package com.botclientemanager.templates;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a message is rendered for: one client's values at one moment. Any field may be null; its placeholders then
 * render empty and are reported as missing.
 *
 * @param phone      digits with the country code first (e.g. 5511912345678)
 * @param service    IPTV, VPN or free text
 * @param today      the day the message is sent, for {dias}
 * @param newDueDate the due date after a payment, for {nova_data}
 * @param server     the client's server/app, for {servidor}
 * @param username   the panel user, for {usuario}: only when the person chose to send the client's access data
 * @param password   the access password or code, for {senha}: same condition; never printed by {@link #toString()}
 * @param balance    what is still owed for the current period, for {saldo}; null means the whole price
 * @param link       the address of the client's own payment page, for {link}; null without a public address
 * @param pix        the client's own PIX code (a provider's dynamic charge) for {pix}; null: the static key's code
 */
public record MessageData(String name, String phone, String service, String plan, BigDecimal value, LocalDate dueDate,
        LocalDate today, LocalDate newDueDate, String server, String username, String password, BigDecimal balance,
        String link, String pix) {

    /** Without the link to the client's page nor a client's own PIX code: {link} renders empty, {pix} is the static key's. */
    public MessageData(String name, String phone, String service, String plan, BigDecimal value, LocalDate dueDate,
            LocalDate today, LocalDate newDueDate, String server, String username, String password, BigDecimal balance) {
        this(name, phone, service, plan, value, dueDate, today, newDueDate, server, username, password, balance, null, null);
    }

    /** Without the server, the access data and partial payments: {servidor}, {usuario}, {senha} render empty. */
    public MessageData(String name, String phone, String service, String plan, BigDecimal value, LocalDate dueDate,
            LocalDate today, LocalDate newDueDate) {
        this(name, phone, service, plan, value, dueDate, today, newDueDate, null, null, null, null);
    }

    /** The same values with the client's access data for {usuario} and {senha}. */
    public MessageData withAccess(String newUsername, String newPassword) {
        return new MessageData(name, phone, service, plan, value, dueDate, today, newDueDate, server, newUsername,
                newPassword, balance, link, pix);
    }

    /** The same values with the client's server/app for {servidor}. */
    public MessageData withServer(String newServer) {
        return new MessageData(name, phone, service, plan, value, dueDate, today, newDueDate, newServer, username,
                password, balance, link, pix);
    }

    /** The same values with what is still owed for the current period, for {saldo}. */
    public MessageData withBalance(BigDecimal newBalance) {
        return new MessageData(name, phone, service, plan, value, dueDate, today, newDueDate, server, username,
                password, newBalance, link, pix);
    }

    /** The same values with the address of the client's page for {link}. */
    public MessageData withLink(String newLink) {
        return new MessageData(name, phone, service, plan, value, dueDate, today, newDueDate, server, username,
                password, balance, newLink, pix);
    }

    /** The same values with the client's own PIX code (a provider's dynamic charge) for {pix}. */
    public MessageData withPix(String newPix) {
        return new MessageData(name, phone, service, plan, value, dueDate, today, newDueDate, server, username,
                password, balance, link, newPix);
    }

    public BigDecimal balanceOrValue() {
        return balance == null ? value : balance;
    }

    /** Never prints the user and the password: a log line that shows the data must not carry them. */
    @Override
    public String toString() {
        return "MessageData[name=" + name + ", phone=" + phone + ", service=" + service + ", plan=" + plan + ", value="
                + value + ", dueDate=" + dueDate + ", today=" + today + ", newDueDate=" + newDueDate + ", server="
                + server + ", username=" + (username == null ? "" : "••••") + ", password="
                + (password == null ? "" : "••••") + ", balance=" + balance + ", link=" + (link == null ? "" : "••••") + "]";
    }

    /** The made-up client the template preview uses when no real client is chosen. */
    public static MessageData sample(LocalDate today) {
        return new MessageData("Maria Souza", "5511987654321", "IPTV", "Mensal Full HD", new BigDecimal("35.00"),
                today.plusDays(3), today, today.plusDays(33), "UltraPlay", "maria.souza", "1234", null);
    }

    /**
     * The made-up client in the situation the template is written for: due in three days for "3 dias antes", due today
     * for the due day, overdue for an overdue reminder (its due date {@code offsetDays} before today), just renewed for
     * a confirmation.
     */
    public static MessageData sample(LocalDate today, TemplateKind kind, Integer offsetDays) {
        MessageData sample = sample(today);
        if (kind == null) {
            return sample;
        }
        LocalDate due = switch (kind) {
            case BEFORE_DUE, DUE_DAY, OVERDUE -> kind.acceptsOffset(offsetDays == null ? 0 : offsetDays)
                    ? today.minusDays(offsetDays == null ? 0 : offsetDays) : sample.dueDate();
            case CONFIRMATION -> today;
            case WELCOME -> today.plusMonths(1);
            case MANUAL -> sample.dueDate();
        };
        LocalDate renewed = kind == TemplateKind.CONFIRMATION ? today.plusMonths(1) : due.plusMonths(1);
        return new MessageData(sample.name(), sample.phone(), sample.service(), sample.plan(), sample.value(), due, today,
                renewed, sample.server(), sample.username(), sample.password(), sample.balance());
    }
}
