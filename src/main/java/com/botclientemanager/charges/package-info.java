/**
 * Automatic PIX confirmation through Mercado Pago: one dynamic PIX charge per client's open due date, the
 * {@code /webhooks/mercadopago} notifications, a reconciliation job for lost notifications, and the review list of
 * payments that did not match. Other modules see it only through {@link com.botclientemanager.clients.DynamicPix} and
 * the {@link com.botclientemanager.charges.ChargeApproved} event.
 */
package com.botclientemanager.charges;
