package org.gxpbridge.security;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gxpbridge.security.internal.IdentityVerificationStore;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotPermittedException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Identity verification before signing rights (21 CFR 11.100(b), CHK-14): an
 * administrator or quality manager other than the person records who the person is, from
 * which evidence, and when. {@link #isVerified} is what the signature service asks before
 * it signs anything.
 */
@Service
public class IdentityVerifications {

	/** The roles that may verify another person's identity. */
	public static final List<Role> VERIFIER_ROLES = List.of(Role.ADMIN, Role.QUALITY_MANAGER);

	private final Accounts accounts;

	private final IdentityVerificationStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IdentityVerifications(Accounts accounts, IdentityVerificationStore store, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records that {@code verifierId} verified the identity of {@code userId}.
	 * @throws InvalidInputException no method, the server's own DEMO_SEED, no reference,
	 * or texts too long
	 * @throws NotPermittedException the verifier is neither ADMIN nor QUALITY_MANAGER
	 * @throws RefusedByRuleException the verifier is the person, or the account is
	 * deactivated
	 */
	@Transactional
	public IdentityVerification verify(String userId, IdentityVerificationMethod method, String reference, String note,
			String verifierId) {
		Account person = accounts.get(userId);
		Account verifier = accounts.get(verifierId);
		if (VERIFIER_ROLES.stream().noneMatch(verifier::hasRole)) {
			throw new NotPermittedException("identity_verifier_not_permitted",
					"Only an administrator or a quality manager verifies a person's identity");
		}
		if (person.userId().equals(verifier.userId())) {
			throw new RefusedByRuleException("identity_self_verification",
					"Nobody verifies their own identity: another administrator or quality manager must (21 CFR 11.100(b))");
		}
		if (person.status() == AccountStatus.DEACTIVATED) {
			throw new RefusedByRuleException("identity_account_deactivated",
					"Account '" + person.userId() + "' is deactivated; its identity is not verified again");
		}
		if (method == null || method == IdentityVerificationMethod.DEMO_SEED) {
			throw new InvalidInputException("identity_method_required",
					"Choose how the identity was verified: one of " + Arrays.toString(selectableNames()));
		}
		String ref = reference == null ? "" : reference.trim();
		if (ref.isEmpty() || ref.length() > 200) {
			throw new InvalidInputException("identity_reference_required",
					"Give a reference to the evidence (at most 200 characters), e.g. \"passport, last 4 digits 1234\"");
		}
		String text = note == null || note.isBlank() ? null : note.trim();
		if (text != null && text.length() > 1000) {
			throw new InvalidInputException("identity_note_too_long", "The note may have at most 1000 characters");
		}
		IdentityVerification v = store.insert(person.userId(), method, ref, text, verifier.userId(), clock.instant());
		events.publishEvent(new IdentityVerified(v));
		return v;
	}

	/** The verification that counts: the latest one. */
	public Optional<IdentityVerification> latest(String userId) {
		return store.latest(Accounts.normalize(userId));
	}

	/** Every verification of the person, newest first. */
	public List<IdentityVerification> history(String userId) {
		return store.of(Accounts.normalize(userId));
	}

	/** The latest verification per verified person (for the user list). */
	public Map<String, IdentityVerification> latestOfAll() {
		return store.latestOfAll();
	}

	/** Whether the person may hold signing rights (11.100(b)). */
	public boolean isVerified(String userId) {
		return latest(userId).isPresent();
	}

	private static String[] selectableNames() {
		return IdentityVerificationMethod.selectable().stream().map(Enum::name).toArray(String[]::new);
	}

}
