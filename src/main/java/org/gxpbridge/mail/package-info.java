/**
 * E-mail on new work (issue 6): task mails with single-use link tokens, reply-to-approve
 * over IMAP for non-signing steps, reminders and escalation, and security alerts to
 * IT_SECURITY. Mail is queued in an outbox inside the business transaction and sent
 * later, so an SMTP outage never blocks or rolls back work. Mail owns its links: the page
 * a task mail's link opens ({@code mail/web}) redeems the token and sends the user on to
 * the inbox's task page, and one token check serves links and replies. Jakarta Mail types
 * live only in this module (STYLE.md).
 * <p>
 * Depends on {@code security} (accounts, roles, security events), {@code workflow}
 * (acting as the token's user on a reply) and the shared kernel; the engine's task and
 * repository services are used only in {@code mail/process}.
 */
@ApplicationModule(displayName = "Mail", allowedDependencies = { "security", "shared", "workflow" })
package org.gxpbridge.mail;

import org.springframework.modulith.ApplicationModule;
