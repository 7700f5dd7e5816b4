package org.gxpbridge.mail.internal;

/** Why a mail was queued; shown in the administrators' outbox view. */
public enum MailKind {

	NEW_TASK, REMINDER, ESCALATION, REPLY_ANSWER, SECURITY_ALERT

}
