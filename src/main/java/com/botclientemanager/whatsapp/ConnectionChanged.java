package com.botclientemanager.whatsapp;

/** The provider reported a new link state (e.g. the QR code was scanned, or the phone unlinked the app). */
public record ConnectionChanged(ConnectionStatus.ConnectionState state) {
}
