package org.gxpbridge.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.gxpbridge.mail.LinkRedemption.Outcome;
import org.gxpbridge.mail.internal.LinkTokenStore;
import org.gxpbridge.mail.internal.LinkTokenStore.StoredLink;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.SecurityEventType;
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

	public static final String VIA_LINK = "LINK";

	public static final String VIA_REPLY = "REPLY";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final LinkTokenStore store;

	private final MailSettings settings;

	private final Accounts accounts;

	private final Clock clock;

	TaskLinks(LinkTokenStore store, MailSettings settings, Accounts accounts, Clock clock) {
		this.store = store;
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
		store.insert(hash(token), taskId, Accounts.normalize(userId), now, now.plus(settings.linkValidity()));
		return token;
	}

	/**
	 * The inbox address a token opens: {@code <base-url>/inbox/tasks/{taskId}?token=…}.
	 */
	public String link(String taskId, String token) {
		return settings.baseUrl() + "/inbox/tasks/" + taskId + "?token=" + token;
	}

	/**
	 * Redeems a token for the logged-in user opening the task page. Anything but VALID
	 * uses nothing up and is recorded as a security event; forged and foreign tokens are
	 * alerts. A used token reaching here belongs to the logged-in user (foreign ones are
	 * caught first), usually someone opening the mail twice: recorded, not alerted, so IT
	 * security is not flooded. The page should then send the user to the task through the
	 * inbox.
	 */
	@Transactional
	public LinkRedemption redeem(String token, String taskId, String userId, String clientAddress) {
		String user = Accounts.normalize(userId);
		Optional<StoredLink> found = token == null || token.isBlank() ? Optional.empty() : store.find(hash(token));
		if (found.isEmpty()) {
			return refuse(Outcome.UNKNOWN, user, taskId, clientAddress, true,
					"This link is not valid. Open the task from your inbox instead.");
		}
		StoredLink link = found.get();
		if (!link.userId().equals(user) || !link.taskId().equals(taskId)) {
			return refuse(Outcome.FOREIGN, user, taskId, clientAddress, true,
					"This link was sent to someone else or for another task. It has not been used; open your tasks from your inbox.");
		}
		if (link.usedAt() != null) {
			return refuse(Outcome.ALREADY_USED, user, taskId, clientAddress, false,
					"This link was already used. Each link works once; open the task from your inbox.");
		}
		Instant now = clock.instant();
		if (!now.isBefore(link.expiresAt())) {
			return refuse(Outcome.EXPIRED, user, taskId, clientAddress, false,
					"This link has expired. Open the task from your inbox.");
		}
		if (!store.markUsed(link.tokenHash(), now, VIA_LINK)) {
			return refuse(Outcome.ALREADY_USED, user, taskId, clientAddress, false,
					"This link was already used. Each link works once; open the task from your inbox.");
		}
		return new LinkRedemption(Outcome.VALID, "Link accepted.");
	}

	private LinkRedemption refuse(Outcome outcome, String userId, String taskId, String clientAddress, boolean alert,
			String message) {
		accounts.recordSecurityEvent(SecurityEventType.MAIL_LINK_REFUSED, userId, clientAddress,
				"e-mail link for task " + taskId + " refused: " + outcome, alert);
		return new LinkRedemption(outcome, message);
	}

	/** SHA-256 hex of a token: the only form in which tokens are stored or compared. */
	public static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
