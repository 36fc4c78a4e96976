package com.botclientemanager.templates.internal;

import com.botclientemanager.templates.MessageTemplate;
import com.botclientemanager.templates.ServiceFilter;
import com.botclientemanager.templates.TemplateKind;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The templates a new installation starts with, in the friendly tone of docs/UX.md; English when the app is. */
public final class DefaultTemplates {

    private DefaultTemplates() {
    }

    public static List<MessageTemplate> forLocale(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english ? english() : portuguese();
    }

    private static List<MessageTemplate> portuguese() {
        return List.of(
                template("Lembrete 3 dias antes", TemplateKind.BEFORE_DUE, -3,
                        "Oi, {nome}! 👋 Passando para lembrar que seu plano {plano} vence em {vencimento} (daqui a {dias} "
                                + "dias). Valor: {valor}. Para renovar, é só pagar pelo PIX abaixo e me mandar o "
                                + "comprovante. 😉\n\n{pix}"),
                template("Lembrete no dia do vencimento", TemplateKind.DUE_DAY, 0,
                        "Oi, {nome}! Seu plano {plano} vence hoje ({vencimento}). Valor: {valor}. Renove agora para não "
                                + "ficar sem sinal. 📺\n\n{pix}"),
                template("Em atraso (1 dia)", TemplateKind.OVERDUE, 1,
                        "Oi, {nome}. Seu plano {plano} venceu em {vencimento}. Se já pagou, desconsidere. Se precisar de "
                                + "ajuda para renovar, é só responder aqui. 🙏\n\n{pix}"),
                template("Confirmação de pagamento", TemplateKind.CONFIRMATION, null,
                        "Pagamento recebido, {nome}! ✅ Obrigado. Seu plano {plano} agora vence em {nova_data}."),
                template("Boas-vindas", TemplateKind.WELCOME, null,
                        "Bem-vindo(a), {nome}! 🎉 Seu plano {plano} está ativo até {vencimento}. Qualquer dúvida, é só "
                                + "chamar."));
    }

    private static List<MessageTemplate> english() {
        return List.of(
                template("Reminder 3 days before", TemplateKind.BEFORE_DUE, -3,
                        "Hi, {name}! 👋 Just a reminder that your {plan} plan is due on {expires_at} (in {days} days). "
                                + "Price: {value}. To renew, pay with the PIX code below and send me the receipt. 😉\n\n{pix}"),
                template("Reminder on the due date", TemplateKind.DUE_DAY, 0,
                        "Hi, {name}! Your {plan} plan is due today ({expires_at}). Price: {value}. Renew now so you don't "
                                + "lose the signal. 📺\n\n{pix}"),
                template("Overdue (1 day)", TemplateKind.OVERDUE, 1,
                        "Hi, {name}. Your {plan} plan was due on {expires_at}. If you have already paid, please ignore "
                                + "this. If you need help renewing, just reply here. 🙏\n\n{pix}"),
                template("Payment confirmation", TemplateKind.CONFIRMATION, null,
                        "Payment received, {name}! ✅ Thank you. Your {plan} plan is now due on {new_due}."),
                template("Welcome", TemplateKind.WELCOME, null,
                        "Welcome, {name}! 🎉 Your {plan} plan is active until {expires_at}. Any questions, just send me "
                                + "a message."));
    }

    private static MessageTemplate template(String name, TemplateKind kind, Integer offset, String body) {
        return new MessageTemplate(UUID.randomUUID().toString(), name, kind, ServiceFilter.ALL, offset, true, body, null);
    }
}
