package org.gxpbridge.mail.internal;

import java.util.ArrayList;
import java.util.List;
import org.gxpbridge.security.Account;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.security.SecurityEventRecorded;
import org.gxpbridge.security.SecurityEventType;
import org.gxpbridge.shared.TimeDisplay;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails every security alert (failed logins, lockouts, refused e-mail links ...) to the IT_SECURITY group, as the
 * foundation promised once mail exists (P11-300d, CHK-11). An administrator's password reset is also told to the
 * account's owner, so a reset they did not ask for does not go unnoticed (P11-200a3, CHK-10). Queued in the
 * transaction that recorded the event.
 */
@Component
class SecurityAlertMailer {

    private final Recipients recipients;
    private final Accounts accounts;
    private final MailOutbox outbox;
    private final TimeDisplay time;

    SecurityAlertMailer(Recipients recipients, Accounts accounts, MailOutbox outbox, TimeDisplay time) {
        this.recipients = recipients;
        this.accounts = accounts;
        this.outbox = outbox;
        this.time = time;
    }

    @EventListener(condition = "#event.alert()")
    void on(SecurityEventRecorded event) {
        String subject = "[GxP-Bridge security alert] " + event.type() + " (" + event.userId() + ")";
        String text = "Security alert\n\n"
                + "What:  " + event.type() + "\n"
                + "When:  " + time.show(event.occurredAt()) + "\n"
                + "User:  " + event.userId() + "\n"
                + "Actor: " + event.actorId() + "\n"
                + "From:  " + (event.clientAddress() == null ? "-" : event.clientAddress()) + "\n"
                + "Detail: " + event.detail() + "\n\n"
                + "The security event log lists all alerts for IT security and administrators.\n";
        List<Account> to = new ArrayList<>(recipients.withRole(Role.IT_SECURITY));
        if (event.type() == SecurityEventType.PASSWORD_RESET) {
            accounts.find(event.userId()).filter(owner -> to.stream().noneMatch(a -> a.userId().equals(owner.userId()))).ifPresent(to::add);
        }
        for (Account account : to) {
            outbox.enqueue(new OutgoingMail(MailKind.SECURITY_ALERT, null, account.userId(), account.email(), subject, text, null, null));
        }
    }
}
