package org.gxpbridge.signature;

import java.time.Clock;
import java.time.Instant;

import org.gxpbridge.security.Account;
import org.gxpbridge.security.AccountStatus;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.AuthenticationOutcome;
import org.gxpbridge.security.SecuritySettings;
import org.gxpbridge.signature.internal.SigningFailures;
import org.gxpbridge.signature.internal.UserKeys;
import org.springframework.stereotype.Component;

/**
 * The password re-entered for a signature (11.200(a)(1)), with one slow hash per
 * signature (DESIGN.md §6): for a signer with a key, opening the key (scrypt + AES-GCM
 * tag) is the password check. Only when that does not settle it does the account's bcrypt
 * hash get asked, through {@link Accounts#authenticate}, which counts and logs the
 * attempt:
 * <ul>
 * <li>the signer has no key yet (first signature, or the first after an administrator's
 * reset): one bcrypt check, then the new key is wrapped under the verified password;</li>
 * <li>the key did not open (the GCM tag failed): the attempt is counted by Accounts
 * exactly like any wrong password, and in the signing streak that locks the account at
 * the threshold (P11-300d, CHK-11); if bcrypt accepts the password after all, the key was
 * wrapped under an older password outside the server and is replaced;</li>
 * <li>an account that is locked, inactive, expired or must change its password: Accounts
 * gives the refusal.</li>
 * </ul>
 */
@Component
class SigningPassword {

	/** A verified signer and their opened signing key. */
	record Verified(Account account, UserKeys.SigningKey key) {
	}

	private final Accounts accounts;

	private final SigningFailures failures;

	private final SecuritySettings securitySettings;

	private final UserKeys keys;

	private final Clock clock;

	SigningPassword(Accounts accounts, SigningFailures failures, SecuritySettings securitySettings, UserKeys keys,
			Clock clock) {
		this.accounts = accounts;
		this.failures = failures;
		this.securitySettings = securitySettings;
		this.keys = keys;
		this.clock = clock;
	}

	Verified verify(SignRequest request) {
		Account known = accounts.find(request.userId()).orElse(null);
		if (known != null && mayUseKeyAsCheck(known) && request.password() != null) {
			UserKeys.Unlocked unlocked = keys.unlock(known.userId(), request.password());
			if (unlocked.opened()) {
				return new Verified(known, unlocked.key());
			}
		}
		Account account = withBcrypt(request);
		return new Verified(account, keys.open(account.userId(), account.fullName(), request.password()));
	}

	private boolean mayUseKeyAsCheck(Account account) {
		Instant now = clock.instant();
		boolean expired = account.passwordChangedAt() != null
				&& account.passwordChangedAt().plus(securitySettings.passwordMaxAge()).isBefore(now);
		return account.status() == AccountStatus.ACTIVE && account.isActiveAt(now) && !account.mustChangePassword()
				&& !expired;
	}

	private Account withBcrypt(SignRequest request) {
		AuthenticationOutcome outcome = accounts.authenticate(request.userId(), request.password(), "signature",
				request.clientAddress());
		switch (outcome.result()) {
			case LOCKED -> throw SignatureException.locked(outcome.message());
			case INACTIVE -> throw SignatureException.badPassword(outcome.message());
			case BAD_CREDENTIALS -> throw failedAttempt(outcome, request);
			default -> {
			}
		}
		if (outcome.passwordChangeRequired()) {
			// after an administrator's reset nobody signs with the temporary password,
			// the administrator least of all (CHK-10)
			throw SignatureException.forbidden("The password must be changed before signing: " + outcome.message());
		}
		return outcome.account();
	}

	/**
	 * P11-300d, CHK-11: the signing streak locks even where each API request's own login
	 * resets the login counter.
	 */
	private SignatureException failedAttempt(AuthenticationOutcome outcome, SignRequest request) {
		if (outcome.account() == null) {
			return SignatureException.badPassword(outcome.message());
		}
		int threshold = securitySettings.maxFailedAttempts();
		int streak = failures.recordFailure(outcome.account().userId(), threshold);
		if (streak >= threshold) {
			accounts.lockAfterFailures(outcome.account().userId(), request.clientAddress(),
					"locked after " + streak + " consecutive failed signing attempts");
			return SignatureException.locked("The account is locked after " + streak
					+ " consecutive failed signing attempts; an administrator must unlock it");
		}
		return SignatureException.badPassword("Wrong password (" + streak + " of " + threshold
				+ " consecutive failed signing attempts before the account locks)");
	}

}
