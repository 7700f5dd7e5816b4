package org.gxpbridge.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.gxpbridge.security.internal.IntegrationClientStore;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.ReasonForChange;
import org.gxpbridge.shared.ReasonRequiredException;
import org.gxpbridge.shared.Sha256;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of integration clients (issue 16 item 7, CHK-13, CHK-23): an administrator
 * registers a system under a unique, never reused name, owned by a person, with the roles
 * it may act in (never ADMIN) and an end date; the token is shown once. Revocation needs
 * a reason (EU Annex 11 §9). Every change is an {@link IntegrationClientChanged} in the
 * ledger; every refused token is a security event.
 */
@Service
public class IntegrationClients {

	/** The longest a token lives before a new client must be registered (rotation). */
	public static final Duration MAX_LIFETIME = Duration.ofDays(730);

	/** The lifetime when the registration names none. */
	public static final Duration DEFAULT_LIFETIME = Duration.ofDays(365);

	public static final String NAME_RULE = "client name must be 2 to 40 characters: a letter, then lower-case letters, "
			+ "digits, '.', '_' or '-'";

	/**
	 * The actor of a refused token that belongs to no client: a principal no client can
	 * have (names admit no parentheses).
	 */
	public static final String UNREGISTERED = IntegrationClient.PRINCIPAL_PREFIX + "(unregistered)";

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{1,39}");

	private static final Pattern TOKEN = Pattern.compile(IntegrationClient.TOKEN_PREFIX + "[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final IntegrationClientStore store;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IntegrationClients(IntegrationClientStore store, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers a client and returns its token, which is not stored and cannot be shown
	 * again.
	 * @throws InvalidInputException ill-formed name, unknown or inactive owner, no roles
	 * or ADMIN among them, an end date in the past or beyond {@link #MAX_LIFETIME}
	 * @throws ConflictException the name was used before (even by a revoked client)
	 */
	@Transactional
	public RegisteredClient register(String rawName, String ownerId, Set<Role> roles, Instant expiresAt,
			String actorId) {
		String name = rawName == null ? "" : rawName.trim().toLowerCase(Locale.ROOT);
		if (!NAME.matcher(name).matches()) {
			throw new InvalidInputException("invalid_client_name", NAME_RULE);
		}
		Account owner = accounts.find(ownerId)
			.filter(a -> !IntegrationClient.isClientId(a.userId()))
			.orElseThrow(() -> new InvalidInputException("unknown_owner",
					"The owner must be the user id of a person's account: '" + ownerId + "' is none"));
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		if (!owner.isActiveAt(now)) {
			throw new InvalidInputException("inactive_owner", "The owner '" + owner.userId() + "' is not active");
		}
		if (roles == null || roles.isEmpty()) {
			throw new InvalidInputException("client_roles_required", "Grant the client at least one role");
		}
		if (roles.contains(Role.ADMIN)) {
			throw new InvalidInputException("client_role_not_allowed",
					"A client is never granted ADMIN: administration is done by named people (CHK-16)");
		}
		Instant expires = expiresAt == null ? now.plus(DEFAULT_LIFETIME) : expiresAt.truncatedTo(ChronoUnit.MILLIS);
		if (!expires.isAfter(now) || expires.isAfter(now.plus(MAX_LIFETIME))) {
			throw new InvalidInputException("invalid_client_expiry",
					"The end date must lie in the future and at most " + MAX_LIFETIME.toDays() + " days ahead");
		}
		if (store.findByName(name).isPresent()) {
			throw clientNameTaken(name);
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = IntegrationClient.TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		IntegrationClient client = new IntegrationClient(UUID.randomUUID().toString(), name, owner.userId(),
				Set.copyOf(EnumSet.copyOf(roles)), actorId, now, expires, null, null, null, null);
		try {
			store.insert(client, hash(token));
		}
		catch (DuplicateKeyException registeredConcurrently) {
			throw clientNameTaken(name);
		}
		events.publishEvent(
				new IntegrationClientChanged(IntegrationClientChanged.REGISTERED, client, actorId, null,
						"owner " + client.ownerId() + ", roles "
								+ client.roles().stream().map(Role::name).sorted().toList() + ", expires " + expires,
						null));
		return new RegisteredClient(client, token);
	}

	/**
	 * Revokes a client: its token is refused from now on.
	 * @throws ReasonRequiredException no reason given
	 * @throws NotFoundException no such client
	 * @throws ConflictException already revoked
	 */
	@Transactional
	public IntegrationClient revoke(String clientId, String reason, String actorId) {
		if (reason == null || reason.isBlank()) {
			throw new ReasonRequiredException("Give the reason for revoking this client in \"reason\" or the "
					+ ReasonForChange.HEADER + " header (EU Annex 11 §9)");
		}
		IntegrationClient client = get(clientId);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		if (client.revokedAt() != null || !store.revoke(client.clientId(), actorId, now, reason.strip())) {
			throw new ConflictException("client_revoked", "Client " + client.principal() + " is already revoked");
		}
		IntegrationClient revoked = get(clientId);
		events.publishEvent(new IntegrationClientChanged(IntegrationClientChanged.REVOKED, revoked, actorId, "active",
				"revoked", reason.strip()));
		return revoked;
	}

	public IntegrationClient get(String clientId) {
		return (clientId == null ? Optional.<IntegrationClient>empty() : store.find(clientId))
			.orElseThrow(() -> new NotFoundException("client_not_found", "No integration client '" + clientId + "'"));
	}

	/** The client a principal ({@code client:<name>}) names, revoked or not. */
	public Optional<IntegrationClient> byPrincipal(String principal) {
		if (!IntegrationClient.isClientId(principal)) {
			return Optional.empty();
		}
		return store.findByName(
				principal.trim().toLowerCase(Locale.ROOT).substring(IntegrationClient.PRINCIPAL_PREFIX.length()));
	}

	public List<IntegrationClient> all() {
		return store.all();
	}

	/**
	 * The active client a bearer token belongs to; empty for an ill-formed, unknown,
	 * revoked or expired token or one whose owner is no longer active, which is recorded
	 * as a security event (alerting; the token itself is never written anywhere). Its own
	 * transaction: the refusal is recorded even though the request then ends.
	 */
	@Transactional
	public Optional<IntegrationClient> authenticate(String token, String clientAddress) {
		Instant now = clock.instant();
		if (token == null || !TOKEN.matcher(token).matches()) {
			refused(null, clientAddress, "ill-formed client token (not " + IntegrationClient.TOKEN_PREFIX + "...)");
			return Optional.empty();
		}
		String hash = hash(token);
		// the lookup is by the digest of a 256-bit secret, so its timing tells nothing
		// about the secret; the stored digest is then compared in constant time
		Optional<IntegrationClientStore.Stored> found = store.findByTokenHash(hash)
			.filter(s -> MessageDigest.isEqual(s.tokenHash().getBytes(StandardCharsets.US_ASCII),
					hash.getBytes(StandardCharsets.US_ASCII)));
		if (found.isEmpty()) {
			refused(null, clientAddress, "unknown client token");
			return Optional.empty();
		}
		IntegrationClient client = found.get().client();
		if (client.revokedAt() != null) {
			refused(client, clientAddress, "token of revoked client " + client.principal());
			return Optional.empty();
		}
		if (!now.isBefore(client.expiresAt())) {
			refused(client, clientAddress, "token of expired client " + client.principal());
			return Optional.empty();
		}
		if (accounts.find(client.ownerId()).filter(owner -> isOwnerStill(owner, now)).isEmpty()) {
			// a leaver's systems stop with the leaver until someone else owns a new
			// client
			refused(client, clientAddress, "token of client " + client.principal() + " whose owner " + client.ownerId()
					+ " is no longer active");
			return Optional.empty();
		}
		store.used(client.clientId(), now.truncatedTo(ChronoUnit.MILLIS));
		return Optional.of(client);
	}

	/**
	 * A deactivated owner or one whose access period ended owns nothing any more; a
	 * locked owner (failed logins) still does, so a lockout does not stop an interface.
	 */
	private static boolean isOwnerStill(Account owner, Instant now) {
		return owner.status() != AccountStatus.DEACTIVATED
				&& (owner.validUntil() == null || now.isBefore(owner.validUntil()));
	}

	private void refused(IntegrationClient client, String clientAddress, String detail) {
		accounts.recordSecurityEvent(SecurityEventType.CLIENT_TOKEN_REFUSED,
				client == null ? UNREGISTERED : client.principal(), clientAddress, detail, true);
	}

	/**
	 * SHA-256, not a slow password hash: the token is a 256-bit random secret, so there
	 * is no dictionary to slow down, and a fast digest lets every request be checked.
	 */
	static String hash(String token) {
		return Sha256.hex(token);
	}

	private static ConflictException clientNameTaken(String name) {
		return new ConflictException("client_name_taken", "The client name '" + name
				+ "' was used before; names are never reused (CHK-13): register the new client under a new name");
	}

}
