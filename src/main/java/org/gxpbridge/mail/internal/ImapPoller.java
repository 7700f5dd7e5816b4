package org.gxpbridge.mail.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.gxpbridge.mail.MailSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads replies from the approvals mailbox ({@code gxp.mail.imap.*}). Each message is
 * recorded by Message-ID before it is filed into the processed folder, so it is acted on
 * once even if filing fails and the poll runs again.
 */
@Component
public class ImapPoller {

	private static final Logger log = LoggerFactory.getLogger(ImapPoller.class);

	private final MailSettings settings;

	private final ReplyDecider decider;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ImapPoller(MailSettings settings, ReplyDecider decider, JdbcTemplate jdbc, Clock clock) {
		this.settings = settings;
		this.decider = decider;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Processes every message in the folder; returns how many were new. */
	public int poll() throws Exception {
		MailSettings.Imap imap = settings.imap();
		Properties props = new Properties();
		props.put("mail.imap.connectiontimeout", "5000");
		props.put("mail.imap.timeout", "10000");
		props.put("mail.imaps.connectiontimeout", "5000");
		props.put("mail.imaps.timeout", "10000");
		Store store = Session.getInstance(props).getStore(imap.protocol());
		store.connect(imap.host(), imap.port(), imap.user(), imap.password());
		int processed = 0;
		try (store) {
			Folder done = store.getFolder(imap.processedFolder());
			if (!done.exists()) {
				done.create(Folder.HOLDS_MESSAGES);
			}
			Folder inbox = store.getFolder(imap.folder());
			inbox.open(Folder.READ_WRITE);
			try {
				for (Message message : inbox.getMessages()) {
					if (message.isSet(Flags.Flag.DELETED)) {
						continue;
					}
					try {
						if (handle((MimeMessage) message)) {
							processed++;
						}
					}
					catch (Exception e) {
						// left in the folder: tried again at the next poll, and the
						// others still get their turn
						log.warn("Mail reply could not be processed now: {}", e.toString());
						continue;
					}
					inbox.copyMessages(new Message[] { message }, done);
					message.setFlag(Flags.Flag.SEEN, true);
					message.setFlag(Flags.Flag.DELETED, true);
				}
			}
			finally {
				inbox.close(true);
			}
		}
		return processed;
	}

	private boolean handle(MimeMessage message) throws Exception {
		String messageId = message.getMessageID() != null ? message.getMessageID()
				: "no-id-" + message.getReceivedDate() + "-" + message.getSubject();
		Integer seen = jdbc.queryForObject("select count(*) from gxp_mail_reply where message_id = ?", Integer.class,
				Sql.cut(messageId, 500));
		if (seen != null && seen > 0) {
			return false;
		}
		String sender = sender(message);
		InboundReply reply = InboundReply.parse(messageId, sender, message.getSubject(),
				isAutoReply(message, settings.from()), text(message));
		ReplyOutcome outcome = decider.decide(reply);
		jdbc.update(
				"insert into gxp_mail_reply (message_id, received_at, sender, task_id, outcome, detail) values (?, ?, ?, ?, ?, ?)",
				Sql.cut(messageId, 500), Sql.ts(clock.instant()), Sql.cut(sender, 254), null, outcome.name(),
				Sql.cut(message.getSubject(), 1000));
		log.info("Mail reply {} from {}: {}", messageId, sender, outcome);
		return true;
	}

	private static String sender(MimeMessage message) throws Exception {
		Address[] from = message.getFrom();
		if (from == null || from.length != 1 || !(from[0] instanceof InternetAddress address)) {
			return null;
		}
		return address.getAddress() == null ? null : address.getAddress().toLowerCase(Locale.ROOT);
	}

	/**
	 * RFC 3834 Auto-Submitted, and the headers older responders use; also our own mails
	 * coming back.
	 */
	static boolean isAutoReply(MimeMessage message, String ourAddress) throws Exception {
		String autoSubmitted = message.getHeader("Auto-Submitted", null);
		if (autoSubmitted != null && !autoSubmitted.trim().equalsIgnoreCase("no")) {
			return true;
		}
		if (message.getHeader("X-Autoreply", null) != null || message.getHeader("X-Autorespond", null) != null) {
			return true;
		}
		String precedence = message.getHeader("Precedence", null);
		if (precedence != null && precedence.trim().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
			return true;
		}
		String sender = sender(message);
		return sender != null && sender.equalsIgnoreCase(ourAddress);
	}

	/** The first text/plain part (or text/html stripped of tags when there is none). */
	static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return String.valueOf(part.getContent());
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			String html = null;
			for (int i = 0; i < multipart.getCount(); i++) {
				Part child = multipart.getBodyPart(i);
				if (child.isMimeType("text/html")) {
					html = text(child);
					continue;
				}
				String text = text(child);
				if (text != null) {
					return text;
				}
			}
			return html;
		}
		if (part.isMimeType("text/html")) {
			return String.valueOf(part.getContent())
				.replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n")
				.replaceAll("<[^>]+>", "");
		}
		return null;
	}

}
