package org.gxpbridge.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.gxpbridge.mail.internal.LinkTokenStore.StoredLink;
import org.gxpbridge.security.Account;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.shared.Sha256;
import org.springframework.stereotype.Component;

/**
 * The one check of a task e-mail's token, for the link opened in the browser and for the
 * reply to approve alike, in this order: known (by its SHA-256), presented by the person
 * it was issued to, that person's account active (replies), unused, unexpired. Checking
 * uses nothing up; {@link #use} does, once.
 */
@Component
public class TokenCheck {

	/** {@code used_via} of a token used by opening its link. */
	public static final String VIA_LINK = "LINK";

	/** {@code used_via} of a token used by a reply that completed its task. */
	public static final String VIA_REPLY = "REPLY";

	/**
	 * The outcome; the stored token when it is known, and for replies its user's account
	 * when there is one.
	 */
	public record Verdict(TokenOutcome outcome, StoredLink link, Account account) {

		public boolean valid() {
			return outcome == TokenOutcome.VALID;
		}

	}

	/** Who presents the token: a signed-in user on a task page, or a reply's sender. */
	private record Presenter(boolean byReply, String userId, String taskId, String sender) {
	}

	private final LinkTokenStore store;

	private final Accounts accounts;

	private final Clock clock;

	TokenCheck(LinkTokenStore store, Accounts accounts, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * A link opened by a signed-in user on a task's page: it must be theirs and for that
	 * task. Their account is not looked up again: signing in required it to be active,
	 * and closing an account voids its links.
	 */
	public Verdict forLink(String token, String taskId, String userId) {
		return check(token, new Presenter(false, Accounts.normalize(userId), taskId, null));
	}

	/**
	 * A reply from {@code sender}: it must come from the e-mail address of the token's
	 * user, whose account must still be active.
	 */
	public Verdict forReply(String token, String sender) {
		return check(token, new Presenter(true, null, null, sender));
	}

	/** Uses a valid token once; false when it was used meanwhile (a lost race). */
	public boolean use(Verdict verdict, String via) {
		return verdict.valid() && store.markUsed(verdict.link().tokenHash(), clock.instant(), via);
	}

	private Verdict check(String token, Presenter by) {
		Optional<StoredLink> found = token == null || token.isBlank() ? Optional.empty()
				: store.find(Sha256.hex(token));
		if (found.isEmpty()) {
			return new Verdict(TokenOutcome.UNKNOWN, null, null);
		}
		StoredLink link = found.get();
		Instant now = clock.instant();
		Account account = null;
		if (by.byReply()) {
			account = accounts.find(link.userId()).orElse(null);
			if (account == null || !account.email().equalsIgnoreCase(by.sender())) {
				return new Verdict(TokenOutcome.FOREIGN, link, account);
			}
			if (!account.isActiveAt(now)) {
				return new Verdict(TokenOutcome.ACCOUNT_INACTIVE, link, account);
			}
		}
		else if (!link.userId().equals(by.userId()) || !link.taskId().equals(by.taskId())) {
			return new Verdict(TokenOutcome.FOREIGN, link, null);
		}
		if (link.usedAt() != null) {
			return new Verdict(TokenOutcome.ALREADY_USED, link, account);
		}
		return new Verdict(now.isBefore(link.expiresAt()) ? TokenOutcome.VALID : TokenOutcome.EXPIRED, link, account);
	}

}
