package com.botclientemanager.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * "Descartar alterações?": asked before a form dialog with changes is closed by Cancelar, Esc or its close button, and
 * before the language switch reloads the page under it.
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
        dialog.addAttachListener(e -> openForms(e.getUI()).add(changed));
        dialog.addDetachListener(e -> openForms(e.getUI()).remove(changed));
        return closeAsking;
    }

    /** Runs {@code action} at once when no open form has changes, or after the user agrees to lose them. */
    public static void runDiscarding(UI ui, Runnable action) {
        if (openForms(ui).stream().anyMatch(BooleanSupplier::getAsBoolean)) {
            confirmDiscard(ui, action);
        } else {
            action.run();
        }
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

    @SuppressWarnings("unchecked")
    private static List<BooleanSupplier> openForms(UI ui) {
        Object forms = ComponentUtil.getData(ui, UnsavedChanges.class.getName());
        if (forms == null) {
            forms = new ArrayList<BooleanSupplier>();
            ComponentUtil.setData(ui, UnsavedChanges.class.getName(), forms);
        }
        return (List<BooleanSupplier>) forms;
    }
}
