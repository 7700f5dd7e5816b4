package org.gxpbridge.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.security.core.Authentication;

/**
 * A registered integration client (issue 16 item 7, CHK-13, CHK-23): a system that calls
 * {@code /api/**} or the engine's REST API under its own identity, owned by a person. It
 * authenticates with a bearer token (only the token's SHA-256 is stored), acts with the
 * roles granted to it, never signs, and is named as the actor of every ledger entry its
 * requests cause, as {@link #principal()}.
 */
public record IntegrationClient(String clientId, String name, String ownerId, Set<Role> roles, String createdBy,
		Instant createdAt, Instant expiresAt, String revokedBy, Instant revokedAt, String revokeReason,
		Instant lastUsedAt) {

	/**
	 * How a client's principal starts: {@code client:<name>}. Never a user id, whose rule
	 * admits no colon, so a client and a person can never share an id.
	 */
	public static final String PRINCIPAL_PREFIX = "client:";

	/**
	 * The authority that marks a request as a client's (not a role: {@code hasRole} never
	 * matches it).
	 */
	public static final String AUTHORITY = "GXP_INTEGRATION_CLIENT";

	/** The prefix of every token; the rest is 256 random bits, base64url. */
	public static final String TOKEN_PREFIX = "gxpc_";

	/** The id the client acts as: the principal, engine user and ledger actor. */
	@JsonProperty("principal")
	public String principal() {
		return PRINCIPAL_PREFIX + name;
	}

	public boolean isActiveAt(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	/** Whether this id names an integration client rather than a person. */
	public static boolean isClientId(String id) {
		return id != null && id.trim().toLowerCase(Locale.ROOT).startsWith(PRINCIPAL_PREFIX);
	}

	/** Whether this authentication is an integration client's. */
	public static boolean isClient(Authentication authentication) {
		return authentication != null && (isClientId(authentication.getName())
				|| authentication.getAuthorities().stream().anyMatch(a -> AUTHORITY.equals(a.getAuthority())));
	}

	/**
	 * The client as the rest of the server sees an actor: its principal, a printed name
	 * that says it is a client and whose, its granted roles; deactivated once revoked or
	 * expired. It has no e-mail and no password.
	 */
	public Account asAccount(Instant now) {
		return new Account(principal(), name + " (integration client of " + ownerId + ")", null, roles,
				isActiveAt(now) ? AccountStatus.ACTIVE : AccountStatus.DEACTIVATED, 0, null, false, expiresAt,
				createdAt, createdBy, lastUsedAt);
	}

}
