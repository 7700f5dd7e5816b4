package org.gxpbridge.mail;

import java.time.Duration;

import org.gxpbridge.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gxp.mail.*}; defaults in application.yml. SMTP itself is {@code spring.mail.*}:
 * without {@code spring.mail.host} mail is queued in the outbox but not sent.
 *
 * @param baseUrl where the links in mails point (the server as users reach it)
 * @param from sender address of every mail
 * @param replyTo the approvals mailbox the IMAP poller reads; replies go there
 * @param linkValidity how long a link token may be redeemed (default 72 h)
 * @param reminderBefore how long before a task's due date its assignee or candidates are
 * reminded
 * @param escalationRole who is told when a task is overdue (the group's manager)
 * @param scanInterval how often open tasks are scanned for reminders and escalations
 * @param outbox sending and retries
 * @param imap the reply poller
 */
@ConfigurationProperties("gxp.mail")
public record MailSettings(String baseUrl, String from, String replyTo, Duration linkValidity, Duration reminderBefore,
		Role escalationRole, Duration scanInterval, Outbox outbox, Imap imap) {

	public MailSettings {
		baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
		from = from == null ? "gxp-bridge@localhost" : from;
		linkValidity = linkValidity == null ? Duration.ofHours(72) : linkValidity;
		reminderBefore = reminderBefore == null ? Duration.ofHours(24) : reminderBefore;
		escalationRole = escalationRole == null ? Role.QUALITY_MANAGER : escalationRole;
		scanInterval = scanInterval == null ? Duration.ofMinutes(5) : scanInterval;
		outbox = outbox == null ? new Outbox(null, null, 0, null, null) : outbox;
		imap = imap == null ? new Imap(false, null, null, 0, null, null, null, null, null) : imap;
	}

	/**
	 * @param sendInterval how often due rows are sent
	 * @param initialBackoff wait after the first failure; doubles with every further
	 * failure
	 * @param maxAttempts after this many failed attempts a row is FAILED (visible to
	 * administrators)
	 * @param maxBackoff the longest wait between two attempts
	 * @param lease how long a node's claim on a row lasts: a node that dies after
	 * claiming (kill -9, power loss) holds its rows this long, then another node sends
	 * them; longer than one SMTP batch may take, or a slow send is sent twice
	 */
	public record Outbox(Duration sendInterval, Duration initialBackoff, int maxAttempts, Duration maxBackoff,
			Duration lease) {
		public Outbox {
			lease = lease == null ? Duration.ofMinutes(2) : lease;
			sendInterval = sendInterval == null ? Duration.ofSeconds(10) : sendInterval;
			initialBackoff = initialBackoff == null ? Duration.ofSeconds(30) : initialBackoff;
			maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
			maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
		}
	}

	/**
	 * @param protocol {@code imaps} (TLS, the default) or {@code imap}
	 * @param folder the folder replies arrive in
	 * @param processedFolder where processed replies are filed, so none is read twice
	 */
	public record Imap(boolean enabled, String protocol, String host, int port, String user, String password,
			String folder, String processedFolder, Duration pollInterval) {
		public Imap {
			protocol = protocol == null || protocol.isBlank() ? "imaps" : protocol;
			host = host == null ? "localhost" : host;
			port = port <= 0 ? 993 : port;
			folder = folder == null ? "INBOX" : folder;
			processedFolder = processedFolder == null ? "GxP-Processed" : processedFolder;
			pollInterval = pollInterval == null ? Duration.ofMinutes(1) : pollInterval;
		}
	}
}
