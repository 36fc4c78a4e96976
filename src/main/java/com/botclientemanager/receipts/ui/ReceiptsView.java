package com.botclientemanager.receipts.ui;

import com.botclientemanager.clients.ClientDirectory;
import com.botclientemanager.clients.ManualSends;
import com.botclientemanager.clients.PaymentService;
import com.botclientemanager.receipts.Receipt;
import com.botclientemanager.receipts.ReceiptAwaiting;
import com.botclientemanager.receipts.ReceiptDecisions;
import com.botclientemanager.receipts.ReceiptService;
import com.botclientemanager.receipts.ReceiptsChanged;
import com.botclientemanager.ui.AppPage;
import com.botclientemanager.ui.AppTimes;
import com.botclientemanager.ui.LiveUpdates;
import com.botclientemanager.ui.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * "Pagamentos a confirmar": what clients sent as proof of payment, newest first, each with the receipt, the amount due,
 * "Confirmar" and "Recusar". New items appear without a reload.
 */
@Route(value = "receipts", layout = MainLayout.class)
@PermitAll
public class ReceiptsView extends AppPage {

    private final ReceiptService receipts;
    private final ReceiptDecisions decisions;
    private final ClientDirectory clients;
    private final PaymentService payments;
    private final ManualSends sends;
    private final AppTimes times;
    private final Div list = new Div();

    public ReceiptsView(ReceiptService receipts, ReceiptDecisions decisions, ClientDirectory clients,
            PaymentService payments, ManualSends sends, LiveUpdates liveUpdates, AppTimes times) {
        super("receipts.title", "receipts.description");
        this.receipts = receipts;
        this.decisions = decisions;
        this.clients = clients;
        this.payments = payments;
        this.sends = sends;
        this.times = times;
        list.setId("receipts-list");
        list.setWidthFull();
        list.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 340px), 1fr))");
        add(list);
        decisions.finishUnfinished(); // items a stop left half-confirmed are shown again, or closed, before listing
        refresh();
        liveUpdates.whileAttached(this, changes -> refresh(), ReceiptAwaiting.class, ReceiptsChanged.class);
    }

    void refresh() {
        list.removeAll();
        List<Receipt> pending = receipts.pending();
        if (pending.isEmpty()) {
            list.add(new Paragraph(getTranslation("receipts.empty")));
            return;
        }
        for (Receipt receipt : pending) {
            clients.find(receipt.clientId()).ifPresent(client -> list.add(new ReceiptCard(receipt, client, receipts,
                    times, () -> new ConfirmDialog(receipt, client, decisions, payments, sends, times.today(),
                            this::refresh).open(),
                    () -> new RefuseDialog(receipt, client, decisions, this::refresh).open())));
        }
    }
}
