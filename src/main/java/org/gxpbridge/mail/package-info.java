/**
 * E-mail on new work (issue 6): task mails with single-use link tokens, reply-to-approve
 * over IMAP for non-signing steps, reminders and escalation, and security alerts to
 * IT_SECURITY. Mail is queued in an outbox inside the business transaction and sent
 * later, so an SMTP outage never blocks or rolls back work. Jakarta Mail types live only
 * in this module (STYLE.md).
 */
@ApplicationModule(displayName = "Mail")
package org.gxpbridge.mail;

import org.springframework.modulith.ApplicationModule;
