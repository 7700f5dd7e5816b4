package org.gxpbridge.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.gxpbridge.security.AuthenticationOutcome.Result;
import org.gxpbridge.security.internal.AccountRepository;
import org.gxpbridge.security.internal.IdentityVerificationStore;
import org.gxpbridge.security.internal.IntegrationClientStore;
import org.gxpbridge.security.internal.PasswordPolicy;
import org.gxpbridge.security.internal.SecurityEventLog;
import org.gxpbridge.security.internal.UserIds;
import org.gxpbridge.shared.ReasonForChange;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one user store of the server. Every credential check, from any channel, goes
 * through {@link #authenticate}, so failed attempts are counted in one place (P11-300d).
 */
@Service
public class Accounts {

	private final AccountRepository repository;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final SecuritySettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Looked up lazily: listeners (e.g. the signature module) depend on Accounts
	 * themselves.
	 */
	private final ObjectProvider<CredentialChangeListener> credentialListeners;

	private final SecurityEventLog eventLog;

	private final IdentityVerificationStore verifications;

	private final IntegrationClientStore clients;

	private volatile String dummyHash;

	Accounts(AccountRepository repository, PasswordPolicy policy, PasswordEncoder encoder, SecuritySettings settings,
			ApplicationEventPublisher events, Clock clock, ObjectProvider<CredentialChangeListener> credentialListeners,
			SecurityEventLog eventLog, IdentityVerificationStore verifications, IntegrationClientStore clients) {
		this.clients = clients;
		this.eventLog = eventLog;
		this.verifications = verifications;
		this.repository = repository;
		this.policy = policy;
		this.encoder = encoder;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
		this.credentialListeners = credentialListeners;
	}

	/** Normalised form of a user id: ids are unique regardless of case (P11-300a). */
	public static String normalize(String userId) {
		return userId == null ? "" : userId.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * Checks a password and counts the attempt. Runs in its own transaction so that a
	 * failed attempt is recorded even when the caller's work is rolled back.
	 * <p>
	 * An unknown or ill-formed id and a wrong password read the same (same result, same
	 * message, a bcrypt check either way), so the answer does not tell which ids exist;
	 * an account's state (locked, deactivated, expired, password change due) is told only
	 * to a caller who gave its right password. Every attempt is recorded, whatever was
	 * sent as the id (P11-300d, CHK-11, CHK-13).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public AuthenticationOutcome authenticate(String rawUserId, String password, String channel, String clientAddress) {
		String userId = normalize(rawUserId);
		Instant now = clock.instant();
		boolean wellFormed = UserIds.wellFormed(userId);
		Optional<AccountRepository.StoredAccount> found = wellFormed ? repository.find(userId) : Optional.empty();
		if (found.isEmpty()) {
			dummyPasswordCheck(password);
			String recorded = UserIds.loggable(rawUserId);
			record(SecurityEventType.LOGIN_FAILED, recorded, recorded, clientAddress, channel + ": unknown user id"
					+ (wellFormed ? "" : " (not a possible id: " + UserIds.describe(rawUserId) + ")"), true);
			return refused(null);
		}
		AccountRepository.StoredAccount stored = found.get();
		Account account = stored.account();
		boolean rightPassword = password != null && encoder.matches(password, stored.passwordHash());
		if (account.status() == AccountStatus.DEACTIVATED
				|| (account.validUntil() != null && !now.isBefore(account.validUntil()))) {
			record(SecurityEventType.LOGIN_REFUSED_INACTIVE, userId, userId, clientAddress,
					channel + ": account inactive or expired" + (rightPassword ? "" : ", and a wrong password"), true);
			return rightPassword ? new AuthenticationOutcome(Result.INACTIVE, account,
					"This account is deactivated or its access period has ended", false) : refused(null);
		}
		if (account.status() == AccountStatus.LOCKED) {
			record(SecurityEventType.LOGIN_REFUSED_LOCKED, userId, userId, clientAddress,
					channel + ": attempt on locked account" + (rightPassword ? "" : " with a wrong password"), true);
			return rightPassword ? new AuthenticationOutcome(Result.LOCKED, account, lockedMessage(), false)
					: refused(null);
		}
		if (!rightPassword) {
			int failed = repository.incrementFailedAttempts(userId);
			record(SecurityEventType.LOGIN_FAILED, userId, userId, clientAddress,
					channel + ": wrong password (" + failed + " of " + settings.maxFailedAttempts()
							+ " consecutive failures since the last" + " successful login"
							+ ("signature".equals(channel) ? "; signing failures also have their own streak, which"
									+ " the signature service reports and locks on)" : ")"),
					true);
			if (failed >= settings.maxFailedAttempts()) {
				repository.setStatus(userId, AccountStatus.LOCKED, null);
				record(SecurityEventType.ACCOUNT_LOCKED, userId, "system", clientAddress,
						"locked after " + failed + " consecutive failed attempts", true);
			}
			// the account goes back to the caller's own code (the signing streak), never
			// into the answer
			return refused(account);
		}
		repository.recordSuccessfulLogin(userId, now);
		record(SecurityEventType.LOGIN_SUCCEEDED, userId, userId, clientAddress, channel, false);
		boolean expired = account.passwordChangedAt().plus(settings.passwordMaxAge()).isBefore(now);
		String reason = account.mustChangePassword() ? "A new password is required after an administrator reset"
				: expired ? "The password is older than " + settings.passwordMaxAge().toDays()
						+ " days and must be changed" : null;
		return new AuthenticationOutcome(Result.SUCCESS, account, reason, reason != null);
	}

	/** What every refused id/password pair reads like, whether the id exists or not. */
	public static final String REFUSED_MESSAGE = "Wrong user id or password";

	private static AuthenticationOutcome refused(Account account) {
		return new AuthenticationOutcome(Result.BAD_CREDENTIALS, account, REFUSED_MESSAGE, false);
	}

	/**
	 * Costs what checking a real password costs, so the answer time does not tell that an
	 * id is unknown.
	 */
	private void dummyPasswordCheck(String password) {
		String hash = dummyHash;
		if (hash == null) {
			hash = encoder.encode("no-account-" + System.nanoTime());
			dummyHash = hash;
		}
		encoder.matches(password == null ? "" : password, hash);
	}

	private static String lockedMessage() {
		return "The account is locked after repeated failed attempts; an administrator must unlock it";
	}

	/**
	 * Empty for an unknown id and for anything that cannot be an id; for an integration
	 * client's principal ({@code client:<name>}) the client as an actor
	 * ({@link IntegrationClient#asAccount}), deactivated once revoked or expired.
	 */
	public Optional<Account> find(String userId) {
		String id = normalize(userId);
		if (IntegrationClient.isClientId(id)) {
			// an integration client acts as an actor too: the engine's identity, task
			// eligibility and the ledger's printed name all ask here
			return clients.findByName(id.substring(IntegrationClient.PRINCIPAL_PREFIX.length()))
				.map(c -> c.asAccount(clock.instant()));
		}
		return UserIds.wellFormed(id) ? repository.find(id).map(AccountRepository.StoredAccount::account)
				: Optional.empty();
	}

	/**
	 * @throws AccountException invalid input naming the rule for an ill-formed id, not
	 * found for an unknown one
	 */
	public Account get(String userId) {
		if (!UserIds.wellFormed(normalize(userId))) {
			throw AccountException.invalidUserId();
		}
		return find(userId).orElseThrow(() -> AccountException.notFound(normalize(userId)));
	}

	public List<Account> all() {
		return repository.findAll();
	}

	/**
	 * Opens an account for a person. Refused: an id used before (even deactivated), a
	 * generic id, a policy breach.
	 */
	@Transactional
	public Account create(NewAccount request, String actorId) {
		return create(request, actorId, true, true);
	}

	/**
	 * For seeding demo users and test fixtures: the demo profile may use the role-named
	 * demo ids that production refuses. A seeded person is recorded as identity-verified
	 * by the server ("system", method {@link IdentityVerificationMethod#DEMO_SEED}), so
	 * demo and test signers can sign (11.100(b)); a real person gets a verification
	 * through {@link IdentityVerifications#verify}.
	 */
	@Transactional
	public Account createSeedAccount(NewAccount request, boolean allowGenericId, boolean mustChangePassword) {
		Account account = create(request, SYSTEM, !allowGenericId, mustChangePassword);
		IdentityVerification seeded = verifications.insert(account.userId(), IdentityVerificationMethod.DEMO_SEED,
				"seeded by the server", "demo or test account, not a real person", SYSTEM, clock.instant());
		events.publishEvent(new IdentityVerified(seeded));
		return account;
	}

	/**
	 * The first administrator of an installation (GXP_ADMIN_USER): no identity
	 * verification is recorded; administrators never sign.
	 */
	@Transactional
	public Account createInitialAdministrator(NewAccount request) {
		return create(request, SYSTEM, true, false);
	}

	private Account create(NewAccount request, String actorId, boolean refuseGeneric, boolean mustChangePassword) {
		String userId = normalize(request.userId());
		List<String> violations = new ArrayList<>(policy.checkNewAccount(userId, request, refuseGeneric));
		violations.addAll(policy.checkPassword(userId, request.initialPassword()));
		if (!violations.isEmpty()) {
			throw AccountException.policy(violations);
		}
		if (repository.exists(userId)) {
			throw AccountException
				.conflict("User id '" + userId + "' is already taken or was used before; ids are never reused");
		}
		Instant now = clock.instant();
		String hash = encoder.encode(request.initialPassword());
		repository.insert(userId, request, hash, mustChangePassword, now, actorId);
		recordChange(SecurityEventType.ACCOUNT_CREATED, userId, actorId, "roles " + request.roles()
				+ (request.validUntil() == null ? "" : ", access ends " + request.validUntil()));
		return get(userId);
	}

	/**
	 * The user changes their own password; the current one is checked and counted like a
	 * login.
	 */
	@Transactional(noRollbackFor = AccountException.class)
	public void changePassword(String userId, String currentPassword, String newPassword, String clientAddress) {
		AuthenticationOutcome outcome = authenticate(userId, currentPassword, "password-change", clientAddress);
		if (!outcome.succeeded()) {
			throw outcome.result() == Result.BAD_CREDENTIALS ? AccountException.badCredentials()
					: AccountException.conflict(outcome.message());
		}
		String id = normalize(userId);
		List<String> violations = new ArrayList<>(policy.checkPassword(id, newPassword));
		if (violations.isEmpty()
				&& policy.reusesRecent(newPassword, repository.recentPasswordHashes(id, settings.passwordHistory()))) {
			violations.add("must not be one of the last " + settings.passwordHistory() + " passwords");
		}
		if (!violations.isEmpty()) {
			record(SecurityEventType.PASSWORD_CHANGE_REFUSED, id, id, clientAddress, String.join("; ", violations),
					false);
			throw AccountException.policy(violations);
		}
		repository.updatePassword(id, encoder.encode(newPassword), false, clock.instant());
		credentialListeners.orderedStream().forEach(l -> l.passwordChanged(id, currentPassword, newPassword));
		record(SecurityEventType.PASSWORD_CHANGED, id, id, clientAddress, "changed by the user", false);
	}

	/**
	 * An administrator sets a temporary password; the user must change it at the next
	 * login (P11-200a3, CHK-10). Resetting also lifts a lockout.
	 */
	@Transactional
	public void resetPassword(String userId, String temporaryPassword, String actorId) {
		resetPassword(userId, temporaryPassword, actorId, "temporary password set; change forced at next login");
	}

	/**
	 * As {@link #resetPassword(String, String, String)}, with the words the security log
	 * records (e.g. the recovery command).
	 */
	@Transactional
	public void resetPassword(String userId, String temporaryPassword, String actorId, String detail) {
		Account account = get(userId);
		List<String> violations = policy.checkPassword(account.userId(), temporaryPassword);
		if (!violations.isEmpty()) {
			throw AccountException.policy(violations);
		}
		refuseSelfAdministration(account, actorId);
		repository.updatePassword(account.userId(), encoder.encode(temporaryPassword), true, clock.instant());
		credentialListeners.orderedStream().forEach(l -> l.passwordReset(account.userId()));
		if (account.status() == AccountStatus.LOCKED) {
			repository.setStatus(account.userId(), AccountStatus.ACTIVE, null);
		}
		recordChange(SecurityEventType.PASSWORD_RESET, account.userId(), actorId, detail, true);
	}

	@Transactional
	public void unlock(String userId, String actorId) {
		unlock(userId, actorId, "unlocked by an administrator");
	}

	/**
	 * As {@link #unlock(String, String)}, with the words the security log records (e.g.
	 * the recovery command).
	 */
	@Transactional
	public void unlock(String userId, String actorId, String detail) {
		Account account = get(userId);
		if (account.status() != AccountStatus.LOCKED) {
			throw AccountException.conflict("Account '" + account.userId() + "' is not locked");
		}
		repository.setStatus(account.userId(), AccountStatus.ACTIVE, null);
		recordChange(SecurityEventType.ACCOUNT_UNLOCKED, account.userId(), actorId, detail);
	}

	/** Deactivates for ever; the id stays reserved so it is never reused (P11-100a). */
	@Transactional
	public void deactivate(String userId, String actorId) {
		Account account = get(userId);
		refuseSelfAdministration(account, actorId);
		if (account.status() == AccountStatus.DEACTIVATED) {
			throw AccountException.conflict("Account '" + account.userId() + "' is already deactivated");
		}
		repository.setStatus(account.userId(), AccountStatus.DEACTIVATED, clock.instant());
		recordChange(SecurityEventType.ACCOUNT_DEACTIVATED, account.userId(), actorId, "deactivated");
	}

	/**
	 * Deactivates an account that has not been used for too long (11.300(b), CHK-12):
	 * done by the server itself ("system"), with the reason in the security log and the
	 * audit trail, and an alert so IT security and the account's owner are told. An
	 * account that is not active is left as it is (false).
	 */
	@Transactional
	public boolean deactivateUnused(String userId, String reason) {
		Account account = get(userId);
		if (account.status() != AccountStatus.ACTIVE) {
			return false;
		}
		repository.setStatus(account.userId(), AccountStatus.DEACTIVATED, clock.instant());
		record(SecurityEventType.ACCOUNT_DEACTIVATED, account.userId(), SYSTEM, null, reason, true);
		return true;
	}

	/** The actor of what the server does on its own. */
	public static final String SYSTEM = "system";

	@Transactional
	public Account changeRoles(String userId, Set<Role> roles, String actorId) {
		Account account = get(userId);
		refuseSelfAdministration(account, actorId);
		List<String> violations = policy.checkRoles(roles);
		if (!violations.isEmpty()) {
			throw AccountException.policy(violations);
		}
		repository.replaceRoles(account.userId(), roles);
		recordChange(SecurityEventType.ROLES_CHANGED, account.userId(), actorId, account.roles() + " -> " + roles);
		return get(userId);
	}

	/**
	 * Sets or clears (null) the end of an account's access period, e.g. an inspector's
	 * time box; the account cannot sign in from then on. Not for one's own account.
	 */
	@Transactional
	public Account changeAccessPeriod(String userId, Instant validUntil, String actorId) {
		Account account = get(userId);
		refuseSelfAdministration(account, actorId);
		if (account.status() == AccountStatus.DEACTIVATED) {
			throw AccountException.conflict("Account '" + account.userId() + "' is deactivated");
		}
		repository.setValidUntil(account.userId(), validUntil);
		recordChange(SecurityEventType.ACCESS_PERIOD_CHANGED, account.userId(), actorId,
				"access ends " + (account.validUntil() == null ? "never" : account.validUntil()) + " -> "
						+ (validUntil == null ? "never" : validUntil));
		return get(userId);
	}

	/**
	 * Locks an active account after repeated failures that another channel counts itself
	 * (failed signatures on the stateless API, where each request's login would reset
	 * {@code failedAttempts}). Own transaction: the lock stays when the caller's work is
	 * rolled back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void lockAfterFailures(String userId, String clientAddress, String detail) {
		Account account = get(userId);
		if (account.status() == AccountStatus.ACTIVE) {
			repository.setStatus(account.userId(), AccountStatus.LOCKED, null);
			record(SecurityEventType.ACCOUNT_LOCKED, account.userId(), "system", clientAddress, detail, true);
		}
	}

	/**
	 * How many security alerts were recorded after the given instant (for summaries of
	 * alerts not mailed one by one).
	 */
	public int alertsSince(Instant since) {
		return eventLog.alertsSince(since);
	}

	/**
	 * Records a refused request so that IT security sees probing (CHK-17: inspector write
	 * attempts).
	 */
	public void recordAccessDenied(String userId, String clientAddress, String what) {
		record(SecurityEventType.ACCESS_DENIED, userId, userId, clientAddress, what, false);
	}

	/**
	 * Records a security event noticed outside this module (e.g. a refused e-mail link or
	 * reply), so it joins the same log and alerting as login events.
	 */
	public void recordSecurityEvent(SecurityEventType type, String userId, String clientAddress, String detail,
			boolean alert) {
		record(type, normalize(userId), normalize(userId), clientAddress, detail, alert);
	}

	private static void refuseSelfAdministration(Account account, String actorId) {
		if (account.userId().equals(normalize(actorId))) {
			throw AccountException
				.conflict("Administrators cannot reset, deactivate or change the roles or access period of their own "
						+ "account; another administrator must");
		}
	}

	/**
	 * An administrator's change: carries the reason for change given for the work
	 * ({@link ReasonForChange}: the page's reason field or the API's X-GxP-Reason
	 * header).
	 */
	private void recordChange(SecurityEventType type, String userId, String actorId, String detail) {
		recordChange(type, userId, actorId, detail, false);
	}

	private void recordChange(SecurityEventType type, String userId, String actorId, String detail, boolean alert) {
		events.publishEvent(new SecurityEventRecorded(clock.instant(), type, userId, actorId,
				ReasonForChange.clientAddress(), detail, alert, ReasonForChange.current().orElse(null)));
	}

	private void record(SecurityEventType type, String userId, String actorId, String clientAddress, String detail,
			boolean alert) {
		events.publishEvent(
				new SecurityEventRecorded(clock.instant(), type, userId, actorId, clientAddress, detail, alert));
	}

}
