/** The "Pagamentos automáticos (Mercado Pago)" section the settings page embeds, and the banner on every page. */
@org.springframework.modulith.NamedInterface("ui")
package com.botclientemanager.charges.ui;
