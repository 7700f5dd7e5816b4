package org.gxpbridge.mail.internal;

import org.springframework.stereotype.Component;

/**
 * Queues the explanatory answer to a reply, threaded to it and without the task token in
 * its subject.
 */
@Component
public class ReplyAnswers {

	private final MailOutbox outbox;

	ReplyAnswers(MailOutbox outbox) {
		this.outbox = outbox;
	}

	public void answer(InboundReply reply, String userId, String taskId, String text) {
		if (reply.sender() == null || reply.sender().isBlank()) {
			return;
		}
		String subject = reply.subject() == null ? ""
				: TaskMail.SUBJECT_TOKEN.matcher(reply.subject()).replaceAll("").strip();
		subject = subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject;
		outbox.enqueue(new OutgoingMail(MailKind.REPLY_ANSWER, taskId, userId, reply.sender(), subject,
				text + "\n\n-- \nGxP Bridge (automatic answer)\n", null, reply.messageId()));
	}

}
