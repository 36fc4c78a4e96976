package com.botclientemanager.whatsapp;

/**
 * The provider refused the app's credentials (a revoked token, a changed API key): sending stops until the
 * configuration is fixed. Published once when it happens, not for every message held back after it.
 */
public record CredentialsRejected(Provider provider) {
}
