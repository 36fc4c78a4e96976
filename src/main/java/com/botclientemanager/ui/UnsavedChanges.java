package com.botclientemanager.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.BooleanSupplier;

/**
 * "Descartar alterações?": asked before a form dialog with changes is closed by Cancelar or Esc. (The language switch
 * cannot be reached while a form dialog is open; what was typed on a page survives it, see {@link TypedValues}.)
 */
public final class UnsavedChanges {

    private UnsavedChanges() {
    }

    /**
     * Makes Esc ask first while {@code changed} is true. Returns what a Cancelar button should do (the same question);
     * the dialog's own {@code close()}, e.g. after saving, still closes at once.
     */
    public static Runnable guard(Dialog dialog, BooleanSupplier changed) {
        Runnable closeAsking = () -> {
            if (changed.getAsBoolean()) {
                confirmDiscard(dialog.getUI().orElse(UI.getCurrent()), dialog::close);
            } else {
                dialog.close();
            }
        };
        dialog.addDialogCloseActionListener(e -> closeAsking.run());
        return closeAsking;
    }

    private static void confirmDiscard(UI ui, Runnable discard) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("discard-changes");
        confirm.setHeader(ui.getTranslation("shell.discard.title"));
        confirm.setText(ui.getTranslation("shell.discard.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(ui.getTranslation("shell.discard.keep"));
        confirm.setConfirmText(ui.getTranslation("shell.discard.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> discard.run());
        confirm.open();
    }
}
