package org.gxpbridge.mail.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.gxpbridge.mail.MailSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends due outbox rows. A failure is retried with exponential backoff (initial ×
 * 2^(attempt-1), capped) until {@code gxp.mail.outbox.max-attempts}; then the row is
 * FAILED and stays visible to administrators. Without {@code spring.mail.host} there is
 * no {@link JavaMailSender} and rows wait.
 */
@Component
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final MailOutbox outbox;

	private final ObjectProvider<JavaMailSender> sender;

	private final MailSettings settings;

	private final Clock clock;

	OutboxSender(MailOutbox outbox, ObjectProvider<JavaMailSender> sender, MailSettings settings, Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Sends what is due now over one SMTP connection (one per message would cap
	 * throughput at the connection setup rate); returns how many were sent.
	 */
	public int sendDue() {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			return 0;
		}
		Map<MimeMessage, MailOutbox.Due> batch = new LinkedHashMap<>();
		for (MailOutbox.Due due : outbox.due(clock.instant(), 50)) {
			if (!outbox.claim(due.id(), due.attempts(), clock.instant().plus(settings.outbox().lease()))) {
				continue;
			}
			try {
				batch.put(toMime(smtp, due.id(), due.mail()), due);
			}
			catch (Exception e) {
				failed(due, e);
			}
		}
		if (batch.isEmpty()) {
			return 0;
		}
		Map<Object, Exception> failures = new HashMap<>();
		try {
			smtp.send(batch.keySet().toArray(MimeMessage[]::new));
		}
		catch (MailSendException e) {
			failures.putAll(e.getFailedMessages());
			if (failures.isEmpty()) {
				batch.keySet().forEach(m -> failures.put(m, e));
			}
		}
		catch (Exception e) {
			batch.keySet().forEach(m -> failures.put(m, e));
		}
		int sent = 0;
		for (var entry : batch.entrySet()) {
			Exception failure = failures.get(entry.getKey());
			if (failure == null) {
				outbox.markSent(entry.getValue().id(), entry.getValue().mail().subject());
				sent++;
			}
			else {
				failed(entry.getValue(), failure);
			}
		}
		return sent;
	}

	private void failed(MailOutbox.Due due, Exception e) {
		int attempt = due.attempts() + 1;
		String error = e.getClass().getSimpleName() + ": " + e.getMessage();
		if (attempt >= settings.outbox().maxAttempts()) {
			outbox.markFailed(due.id(), due.mail().subject(), error);
			log.error("Mail {} to {} failed for good after {} attempts: {}", due.id(), due.mail().recipient(), attempt,
					error);
		}
		else {
			outbox.markRetry(due.id(), error, clock.instant().plus(backoff(attempt)));
			log.warn("Mail {} attempt {} failed, will retry: {}", due.id(), attempt, error);
		}
	}

	Duration backoff(int attempt) {
		Duration wait = settings.outbox().initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
		return wait.compareTo(settings.outbox().maxBackoff()) > 0 ? settings.outbox().maxBackoff() : wait;
	}

	private MimeMessage toMime(JavaMailSender smtp, long id, OutgoingMail mail) throws Exception {
		MimeMessage message = smtp.createMimeMessage();
		boolean html = mail.html() != null;
		MimeMessageHelper helper = new MimeMessageHelper(message, html, "UTF-8");
		helper.setFrom(settings.from());
		if (settings.replyTo() != null && !settings.replyTo().isBlank()) {
			helper.setReplyTo(settings.replyTo());
		}
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		if (html) {
			helper.setText(mail.text(), mail.html());
		}
		else {
			helper.setText(mail.text());
		}
		// RFC 3834: machine-generated, so well-behaved responders do not answer and we
		// never loop with them
		message.setHeader("Auto-Submitted", mail.kind() == MailKind.REPLY_ANSWER ? "auto-replied" : "auto-generated");
		// one Message-ID per outbox row, the same on every attempt: if a node dies after
		// the SMTP server accepted a mail and before the row was marked sent, another
		// node
		// sends it again after the lease, and the recipient's mail system sees the same
		// message (JavaMailSenderImpl keeps a Message-ID that is set)
		message.setHeader("Message-ID", messageId(id));
		if (mail.inReplyTo() != null) {
			message.setHeader("In-Reply-To", mail.inReplyTo());
			message.setHeader("References", mail.inReplyTo());
		}
		return message;
	}

	String messageId(long id) {
		String host = URI.create(settings.baseUrl()).getHost();
		return "<gxp-outbox-" + id + "@" + (host == null ? "gxp-bridge.invalid" : host) + ">";
	}

}
