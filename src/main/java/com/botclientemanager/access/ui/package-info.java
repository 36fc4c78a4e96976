/** The "Dados de acesso" section the client form embeds (the clients module owns the form, this module the data). */
@org.springframework.modulith.NamedInterface("ui")
package com.botclientemanager.access.ui;
