/**
 * The client's private payment page ({@code /p/{token}}): what to pay (PIX QR and "copia e cola"), what was paid, and
 * "Já paguei". Each client's token is derived from a key in the data dir and stored only as a hash
 * ({@link com.botclientemanager.paylinks.PayLinkService}); "Já paguei" is published as
 * {@link com.botclientemanager.paylinks.PaymentClaimed}.
 */
package com.botclientemanager.paylinks;
