package com.botclientemanager.clients;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the "Marcar como pago" dialog asks: the day paid, the amount, the method and a note. */
public record PaymentRequest(LocalDate date, BigDecimal amount, PaymentMethod method, String note) {
}
