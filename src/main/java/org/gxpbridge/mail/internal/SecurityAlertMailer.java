package org.gxpbridge.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gxpbridge.mail.AlertMailSettings;
import org.gxpbridge.security.Account;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.security.SecurityEventRecorded;
import org.gxpbridge.security.SecurityEventType;
import org.gxpbridge.shared.TimeDisplay;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails security alerts (failed logins, lockouts, refused e-mail links ...) to the
 * IT_SECURITY group, as the foundation promised once mail exists (P11-300d, CHK-11). An
 * administrator's password reset is also told to the account's owner, so a reset they did
 * not ask for does not go unnoticed (P11-200a3, CHK-10), and so is a deactivation the
 * server made itself for an account left unused (11.300(b), CHK-12). Queued in the
 * transaction that recorded the event. At most {@link AlertMailSettings#maxPerWindow()}
 * alert mails per recipient and window: then one notice, then nothing until the window
 * allows again, when the next mail says how many alerts were recorded meanwhile. The
 * alerts themselves are all recorded whatever is mailed.
 */
@Component
class SecurityAlertMailer {

	static final String LIMIT_SUBJECT = "[GxP-Bridge security alert] alert mail limit reached: further alerts are in the security log";

	private final Recipients recipients;

	private final Accounts accounts;

	private final MailOutbox outbox;

	private final TimeDisplay time;

	private final AlertMailSettings limit;

	private final Clock clock;

	SecurityAlertMailer(Recipients recipients, Accounts accounts, MailOutbox outbox, TimeDisplay time,
			AlertMailSettings limit, Clock clock) {
		this.recipients = recipients;
		this.accounts = accounts;
		this.outbox = outbox;
		this.time = time;
		this.limit = limit;
		this.clock = clock;
	}

	@EventListener(condition = "#event.alert()")
	void on(SecurityEventRecorded event) {
		String subject = "[GxP-Bridge security alert] " + event.type() + " (" + event.userId() + ")";
		String text = "Security alert\n\n" + "What:  " + event.type() + "\n" + "When:  " + time.show(event.occurredAt())
				+ "\n" + "User:  " + event.userId() + "\n" + "Actor: " + event.actorId() + "\n" + "From:  "
				+ (event.clientAddress() == null ? "-" : event.clientAddress()) + "\n" + "Detail: " + event.detail()
				+ "\n\n" + "The security event log lists all alerts for IT security and administrators.\n";
		List<Account> to = new ArrayList<>(recipients.withRole(Role.IT_SECURITY));
		if (event.type() == SecurityEventType.PASSWORD_RESET || closedByTheServer(event)) {
			accounts.find(event.userId())
				.filter(owner -> to.stream().noneMatch(a -> a.userId().equals(owner.userId())))
				.ifPresent(to::add);
		}
		Instant now = clock.instant();
		for (Account account : to) {
			int mailed = outbox.countSince(MailKind.SECURITY_ALERT, account.userId(), now.minus(limit.window()));
			if (mailed < limit.maxPerWindow()) {
				outbox.enqueue(new OutgoingMail(MailKind.SECURITY_ALERT, null, account.userId(), account.email(),
						subject, text + sinceLimitNotice(account, now), null, null));
			}
			else if (mailed == limit.maxPerWindow()) {
				outbox.enqueue(new OutgoingMail(MailKind.SECURITY_ALERT, null, account.userId(), account.email(),
						LIMIT_SUBJECT, limitNotice(now) + "\n\nThe alert that reached the limit:\n\n" + text, null,
						null));
			}
			// beyond: recorded in the security log and the ledger only
		}
	}

	/**
	 * An account the server deactivated itself (unused too long: 11.300(b)) is told to
	 * its owner, who otherwise learns it only at a refused login.
	 */
	private static boolean closedByTheServer(SecurityEventRecorded event) {
		return event.type() == SecurityEventType.ACCOUNT_DEACTIVATED && Accounts.SYSTEM.equals(event.actorId());
	}

	private String limitNotice(Instant now) {
		return "You were mailed " + limit.maxPerWindow() + " security alerts within " + limit.window().toMinutes()
				+ " minutes.\n"
				+ "Further alerts are recorded in the security event log (/admin/security, GET /api/security/alerts) but not mailed\n"
				+ "until fewer than " + limit.maxPerWindow() + " alert mails to you fall within the last "
				+ limit.window().toMinutes()
				+ " minutes; the first mail after that says how many alerts were recorded meanwhile.\nNotice time: "
				+ time.show(now);
	}

	/**
	 * After a limit notice, the first mail again tells how many alerts were recorded
	 * while mails were held back.
	 */
	private String sinceLimitNotice(Account account, Instant now) {
		Instant notice = outbox.latest(MailKind.SECURITY_ALERT, account.userId(), LIMIT_SUBJECT);
		if (notice == null || outbox.countSince(MailKind.SECURITY_ALERT, account.userId(), notice) > 0) {
			return "";
		}
		return "\nSince the alert mail limit was reached at " + time.show(notice) + ", " + accounts.alertsSince(notice)
				+ " alerts (this one included) were recorded; those before this one were not mailed. The security event log lists them all.\n";
	}

}
