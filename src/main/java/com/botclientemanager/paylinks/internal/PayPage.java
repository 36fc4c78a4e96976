package com.botclientemanager.paylinks.internal;

import com.botclientemanager.clients.ClientPixCodes.PixCode;
import com.botclientemanager.paylinks.ResellerContact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one client's page shows: only the first name, no phone, no notes, no access data.
 *
 * @param overdue  the due date has passed (the page says so next to it)
 * @param pix      the PIX to pay, null when PIX is not set up
 * @param paid     the last payments, newest first (date and amount only)
 * @param noticeKey the i18n key of a message above the page (after "Já paguei"), null for none
 * @param errorKey  the i18n key of what was wrong with the "Já paguei" form, null for none
 * @param maxReceiptMegabytes the largest receipt accepted, for the message when a file is too large
 */
record PayPage(String firstName, String plan, LocalDate dueDate, boolean overdue, BigDecimal amount, PixCode pix, List<PaidLine> paid,
        ResellerContact reseller, String formAction, String noticeKey, String errorKey, long maxReceiptMegabytes) {

    record PaidLine(LocalDate date, BigDecimal amount) {
    }

    PayPage withMessages(String newNoticeKey, String newErrorKey) {
        return new PayPage(firstName, plan, dueDate, overdue, amount, pix, paid, reseller, formAction, newNoticeKey, newErrorKey,
                maxReceiptMegabytes);
    }
}
