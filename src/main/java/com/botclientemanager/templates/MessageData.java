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
 * @param balance    what is still owed for the current period, for {saldo}; null means the whole price
 */
public record MessageData(String name, String phone, String service, String plan, BigDecimal value, LocalDate dueDate,
        LocalDate today, LocalDate newDueDate, BigDecimal balance) {

    /** Values without partial payments: {saldo} is the whole price. */
    public MessageData(String name, String phone, String service, String plan, BigDecimal value, LocalDate dueDate,
            LocalDate today, LocalDate newDueDate) {
        this(name, phone, service, plan, value, dueDate, today, newDueDate, null);
    }

    public BigDecimal balanceOrValue() {
        return balance == null ? value : balance;
    }

    /** The made-up client the template preview uses when no real client is chosen. */
    public static MessageData sample(LocalDate today) {
        return new MessageData("Maria Souza", "5511987654321", "IPTV", "Mensal Full HD", new BigDecimal("35.00"),
                today.plusDays(3), today, today.plusDays(33));
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
                renewed);
    }
}
