package com.botclientemanager.access;

/**
 * A client's access to the IPTV panel. The server/app is the client's own "Servidor" field, not repeated here.
 *
 * @param username          the panel user name (encrypted at rest), null when none
 * @param password          the access password or code (encrypted at rest), null when none
 * @param screens           how many screens the client may use at once, null when not said
 * @param device            MAC address or device, null when none
 * @param notes             free notes about the access, null when none
 * @param includeInMessages whether {usuario} and {senha} may be filled in a message to this client (off by default)
 */
public record AccessData(String username, String password, Integer screens, String device, String notes,
        boolean includeInMessages) {

    public static final String MASK = "••••";

    public static AccessData empty() {
        return new AccessData(null, null, null, null, null, false);
    }

    public boolean isEmpty() {
        return blank(username) && blank(password) && screens == null && blank(device) && blank(notes) && !includeInMessages;
    }

    /** The same data with the user and the password shown as {@link #MASK} (when set), for screens and exports. */
    public AccessData masked() {
        return new AccessData(blank(username) ? username : MASK, blank(password) ? password : MASK, screens, device, notes,
                includeInMessages);
    }

    /** Never prints the secrets: a record's default toString would put them in any log line that shows it. */
    @Override
    public String toString() {
        return "AccessData[username=" + (blank(username) ? "" : MASK) + ", password=" + (blank(password) ? "" : MASK)
                + ", screens=" + screens + ", device=" + device + ", includeInMessages=" + includeInMessages + "]";
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
