package com.botclientemanager.paylinks;

/**
 * Who the client pays, as the client's page shows it.
 *
 * @param name     the reseller's name or shop name; empty when not set
 * @param whatsApp digits with the country code (5511912345678); empty when not set
 */
public record ResellerContact(String name, String whatsApp) {

    public static final ResellerContact NONE = new ResellerContact("", "");
}
