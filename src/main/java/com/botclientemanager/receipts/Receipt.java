package com.botclientemanager.receipts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One item of "Pagamentos a confirmar" with its messages and files, oldest first. */
public record Receipt(long id, String clientId, ReceiptSource source, LocalDate dueDate, BigDecimal amountDue,
        ReceiptStatus status, Instant createdAt, Instant decidedAt, String note, List<Part> parts) {

    public Receipt {
        parts = List.copyOf(parts);
    }

    /** A message or file of the item; {@code fileState} NONE (text only), FETCHING, STORED or FAILED. */
    public record Part(long id, String text, String fileState, String contentType, Long fileSize, Instant receivedAt) {

        public boolean image() {
            return "STORED".equals(fileState) && contentType != null && contentType.startsWith("image/");
        }

        public boolean pdf() {
            return "STORED".equals(fileState) && "application/pdf".equals(contentType);
        }

        public boolean arriving() {
            return "FETCHING".equals(fileState);
        }
    }
}
