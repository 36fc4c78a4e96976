package com.botclientemanager.clients.internal;

import com.botclientemanager.access.AccessData;
import com.botclientemanager.access.AccessException;
import com.botclientemanager.access.AccessService;
import com.botclientemanager.clients.ImportRow;
import java.util.List;
import java.util.Map;

/**
 * The optional access columns of an import (usuario, senha, telas, mac, observacoes de acesso). A blank cell keeps
 * what is stored, as do the cells of an export made without passwords ("••••"). A problem names the column and its
 * limit, never the cell: the preview must not show a password.
 */
public final class ImportAccess {

    private ImportAccess() {
    }

    /** The access data a row gives, null when it has none of the columns filled. */
    public static AccessData read(Map<ImportColumn, String> cells, List<ImportRow.Problem> problems) {
        String username = secret(cells.get(ImportColumn.USERNAME));
        String password = secret(cells.get(ImportColumn.PASSWORD));
        String device = text(cells.get(ImportColumn.DEVICE));
        String notes = text(cells.get(ImportColumn.ACCESS_NOTES));
        Integer screens = null;
        String screensCell = text(cells.get(ImportColumn.SCREENS));
        if (screensCell != null) {
            try {
                screens = Integer.valueOf(screensCell);
            } catch (NumberFormatException e) {
                problems.add(new ImportRow.Problem("clients.import.row.bad-screens", screensCell));
                return null;
            }
        }
        if (username == null && password == null && device == null && notes == null && screens == null) {
            return null;
        }
        AccessData data = new AccessData(username, password, screens, device, notes, false);
        try {
            AccessService.validate(data);
        } catch (AccessException e) {
            problems.add(new ImportRow.Problem(e.messageKey(), String.valueOf(e.arguments()[0])));
            return null;
        }
        return data;
    }

    private static String secret(String cell) {
        String text = text(cell);
        return text == null || text.equals(AccessData.MASK) ? null : text;
    }

    private static String text(String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }
}
