package org.gxpbridge.mail.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import org.gxpbridge.mail.MailSettings;
import org.gxpbridge.mail.internal.TokenCheck.Verdict;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.SecurityEventType;
import org.gxpbridge.shared.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Link tokens of task e-mails: 256 random bits (SecureRandom), stored only as SHA-256,
 * bound to one task and one user, single use, expiring after
 * {@code gxp.mail.link-validity}. A link never replaces login, and signing still asks for
 * the password (P11-200a1, issue 6).
 */
@Service
public class TaskLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final LinkTokenStore store;

	private final TokenCheck check;

	private final MailSettings settings;

	private final Accounts accounts;

	private final Clock clock;

	TaskLinks(LinkTokenStore store, TokenCheck check, MailSettings settings, Accounts accounts, Clock clock) {
		this.store = store;
		this.check = check;
		this.settings = settings;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Issues a new token for this task and user and returns it; only its hash is kept.
	 */
	@Transactional
	public String issue(String taskId, String userId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		store.insert(Sha256.hex(token), taskId, Accounts.normalize(userId), now, now.plus(settings.linkValidity()));
		return token;
	}

	/**
	 * The address a token opens: {@code <base-url>/inbox/tasks/{taskId}?token=…},
	 * redeemed by mail's own page and then the inbox's task page. Mails already sent
	 * carry it, so it never changes.
	 */
	public String link(String taskId, String token) {
		return settings.baseUrl() + "/inbox/tasks/" + taskId + "?token=" + token;
	}

	/**
	 * Redeems a token for the signed-in user opening the task page. Anything but VALID
	 * uses nothing up and is recorded as a security event; forged and foreign tokens are
	 * alerts. A used token reaching here belongs to the signed-in user (foreign ones are
	 * caught first), usually someone opening the mail twice: recorded, not alerted, so IT
	 * security is not flooded. The page should then send the user to the task through the
	 * inbox.
	 */
	@Transactional
	public LinkRedemption redeem(String token, String taskId, String userId, String clientAddress) {
		Verdict verdict = check.forLink(token, taskId, userId);
		TokenOutcome outcome = verdict.valid() && !check.use(verdict, TokenCheck.VIA_LINK) ? TokenOutcome.ALREADY_USED
				: verdict.outcome();
		if (outcome == TokenOutcome.VALID) {
			return new LinkRedemption(outcome, "Link accepted.");
		}
		accounts.recordSecurityEvent(SecurityEventType.MAIL_LINK_REFUSED, Accounts.normalize(userId), clientAddress,
				"e-mail link for task " + taskId + " refused: " + outcome, outcome.alert());
		return new LinkRedemption(outcome, message(outcome));
	}

	private static String message(TokenOutcome outcome) {
		return switch (outcome) {
			case FOREIGN ->
				"This link was sent to someone else or for another task. It has not been used; open your tasks from your inbox.";
			case ALREADY_USED -> "This link was already used. Each link works once; open the task from your inbox.";
			case EXPIRED -> "This link has expired. Open the task from your inbox.";
			default -> "This link is not valid. Open the task from your inbox instead.";
		};
	}

}
