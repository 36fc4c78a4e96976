package com.botclientemanager.dashboard;

import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.DocumentChange;
import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.templates.PixSettingsService;
import com.botclientemanager.templates.TemplateReview;
import com.botclientemanager.whatsapp.ConnectionStatus;
import com.botclientemanager.whatsapp.ConnectionStatus.ConnectionState;
import com.botclientemanager.whatsapp.SendingSettingsService;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The first-run checklist on the dashboard: what a new reseller still has to do before reminders go out for real. Each
 * step is asked of the module that owns it; only whether the list was dismissed (or finished) is kept here, under the
 * key {@value #SETTINGS_KEY} of settings.json.
 */
@Service
public class FirstRunChecklist {

    static final String SETTINGS_KEY = "firstRun";

    /** The steps in the order shown, each with the route of the screen where it is done. */
    public enum Step {
        WHATSAPP("whatsapp"), PIX("settings"), CLIENTS("clients"), TEMPLATES("templates"), SENDING_HOURS("whatsapp");

        private final String route;

        Step(String route) {
            this.route = route;
        }

        public String route() {
            return route;
        }
    }

    /**
     * Where the user stands.
     *
     * @param hidden true once dismissed or finished: the dashboard no longer shows the list
     * @param done   the steps already done
     */
    public record Progress(boolean hidden, Set<Step> done) {

        public Progress {
            done = done.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(done));
        }

        public boolean complete() {
            return done.size() == Step.values().length;
        }
    }

    private final DocumentStore store;
    private final ClientDirectory clients;
    private final PixSettingsService pix;
    private final TemplateReview templates;
    private final SendingSettingsService sending;

    public FirstRunChecklist(DocumentStore store, ClientDirectory clients, PixSettingsService pix, TemplateReview templates,
            SendingSettingsService sending) {
        this.store = store;
        this.clients = clients;
        this.pix = pix;
        this.templates = templates;
        this.sending = sending;
    }

    /**
     * The progress, given the WhatsApp link state the caller already has (asking the provider may be slow; null while
     * unknown). Test mode never counts as connected. When every step is done the list is recorded as finished, so a
     * later disconnection or an emptied client list does not bring it back.
     */
    public Progress progress(ConnectionStatus whatsapp) {
        if (hidden()) {
            return new Progress(true, Set.of());
        }
        Set<Step> done = EnumSet.noneOf(Step.class);
        if (whatsapp != null && whatsapp.state() == ConnectionState.CONNECTED) {
            done.add(Step.WHATSAPP);
        }
        if (pix.configured()) {
            done.add(Step.PIX);
        }
        if (clients.count() > 0) {
            done.add(Step.CLIENTS);
        }
        if (templates.reviewed()) {
            done.add(Step.TEMPLATES);
        }
        if (sending.saved()) {
            done.add(Step.SENDING_HOURS);
        }
        Progress progress = new Progress(false, done);
        if (progress.complete()) {
            hide("finished", "Primeiros passos concluídos");
            return new Progress(true, done);
        }
        return progress;
    }

    /** Hides the list for good ("Dispensar"). */
    public void dismiss() {
        hide("dismissed", "Oculta os primeiros passos do painel");
    }

    /** The user agrees with the sending hours as they are (the defaults included). */
    public void confirmSendingHours() {
        sending.confirm();
    }

    private boolean hidden() {
        JsonNode state = store.read(Document.SETTINGS).get(SETTINGS_KEY);
        return state != null && state.isObject() && state.has("hidden");
    }

    private void hide(String why, String description) {
        store.update(Document.SETTINGS, new DocumentChange(description, document -> {
            document.putObject(SETTINGS_KEY).put("hidden", why);
            return document;
        }));
    }
}
