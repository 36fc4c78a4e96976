package com.botclientemanager.clients.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns an import understands, each under its pt-BR, English and seed-app names. Header names are compared
 * without accents, case, spaces or punctuation ("Período de renovação" = "periododerenovacao").
 */
public enum ImportColumn {
    ID("id"),
    NAME("nome", "name", "cliente", "nomedocliente", "client", "clientname"),
    PHONE("telefone", "phone", "whatsapp", "celular", "fone", "numero", "tel", "telefonewhatsapp"),
    SERVICE("servico", "service", "plantype", "tipo", "tipodeplano"),
    PLAN("plano", "plan", "planname", "nomedoplano"),
    VALUE("valor", "value", "price", "preco", "valorrs", "pricers"),
    DUE_DATE("vencimento", "duedate", "planduration", "datadevencimento", "vence", "expiry", "expiresat"),
    RENEWAL("periodo", "periododerenovacao", "renovacao", "renewal", "renewalperiod"),
    RENEWAL_MONTHS("renewalperiodmonths", "meses"),
    RENEWAL_DAYS("renewalperioddays", "dias"),
    TIME_BEFORE_DUE("remindertime3days", "lembrete3dias", "lembrete3diasantes", "3diasantesas", "reminderbeforedue",
            "remindertimebeforedue"),
    TIME_DUE_DAY("remindertimepayment", "lembretenodia", "nodiaas", "reminderdueday", "remindertimedueday"),
    MESSAGE_BEFORE_DUE("custommessage3days", "mensagem3dias", "mensagem3diasantes", "messagebeforedue"),
    MESSAGE_DUE_DAY("custommessagepayment", "mensagemnodia", "messagedueday"),
    NOTES("observacoes", "observacao", "obs", "notes", "notas"),
    ACTIVE("ativo", "active", "status"),
    REMINDERS("lembretes", "reminders", "remindersenabled", "lembretesativos"),
    CREATED_AT("createdat", "criadoem"),
    USERNAME("usuario", "username", "user", "login", "usuariodopainel"),
    PASSWORD("senha", "password", "codigo", "codigodeacesso", "senhaoucodigo"),
    SCREENS("telas", "screens", "numerodetelas"),
    DEVICE("mac", "aparelho", "device", "macaparelho", "dispositivo"),
    ACCESS_NOTES("observacoesdeacesso", "observacoesacesso", "obsacesso", "accessnotes");

    /** Columns without which no row can be read. */
    public static final Set<ImportColumn> REQUIRED = Set.of(NAME, PHONE);

    private static final Map<String, ImportColumn> BY_ALIAS = aliases();

    private final String[] aliases;

    ImportColumn(String... aliases) {
        this.aliases = aliases;
    }

    /** The column a header cell names, if any. */
    public static Optional<ImportColumn> forHeader(String header) {
        return Optional.ofNullable(BY_ALIAS.get(key(header)));
    }

    static String key(String header) {
        if (header == null) {
            return "";
        }
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, ImportColumn> aliases() {
        Map<String, ImportColumn> map = new java.util.HashMap<>();
        for (ImportColumn column : values()) {
            for (String alias : column.aliases) {
                map.put(alias, column);
            }
        }
        return Map.copyOf(map);
    }
}
