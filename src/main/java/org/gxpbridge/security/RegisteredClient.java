package org.gxpbridge.security;

/**
 * A client just registered, with its token: the only time the token exists outside the
 * caller's hands (the server keeps its SHA-256 only).
 */
public record RegisteredClient(IntegrationClient client, String token) {
}
