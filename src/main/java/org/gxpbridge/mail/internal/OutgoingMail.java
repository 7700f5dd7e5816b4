package org.gxpbridge.mail.internal;

/**
 * One mail to queue: plain text always, HTML when there is a richer rendering; inReplyTo
 * threads answers.
 */
public record OutgoingMail(MailKind kind, String taskId, String userId, String recipient, String subject, String text,
		String html, String inReplyTo) {
}
