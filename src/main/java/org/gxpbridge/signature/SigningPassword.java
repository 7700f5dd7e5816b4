package org.gxpbridge.signature;

import org.gxpbridge.security.Account;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.AuthenticationOutcome;
import org.gxpbridge.security.SecuritySettings;
import org.gxpbridge.signature.internal.SigningFailures;
import org.springframework.stereotype.Component;

/**
 * The password re-entered for a signature (11.200(a)(1)): checked and counted by {@link Accounts#authenticate}, and
 * counted again as a signing streak that locks the account at the lockout threshold (P11-300d, CHK-11).
 */
@Component
class SigningPassword {

    private final Accounts accounts;
    private final SigningFailures failures;
    private final SecuritySettings securitySettings;

    SigningPassword(Accounts accounts, SigningFailures failures, SecuritySettings securitySettings) {
        this.accounts = accounts;
        this.failures = failures;
        this.securitySettings = securitySettings;
    }

    Account verify(SignRequest request) {
        AuthenticationOutcome outcome = accounts.authenticate(request.userId(), request.password(), "signature", request.clientAddress());
        switch (outcome.result()) {
            case LOCKED -> throw SignatureException.locked(outcome.message());
            case INACTIVE -> throw SignatureException.badPassword(outcome.message());
            case BAD_CREDENTIALS -> throw failedAttempt(outcome, request);
            default -> { }
        }
        if (outcome.passwordChangeRequired()) {
            // after an administrator's reset nobody signs with the temporary password, the administrator least of all (CHK-10)
            throw SignatureException.forbidden("The password must be changed before signing: " + outcome.message());
        }
        return outcome.account();
    }

    /** P11-300d, CHK-11: the signing streak locks even where each API request's own login resets the login counter. */
    private SignatureException failedAttempt(AuthenticationOutcome outcome, SignRequest request) {
        if (outcome.account() == null) {
            return SignatureException.badPassword(outcome.message());
        }
        int threshold = securitySettings.maxFailedAttempts();
        int streak = failures.recordFailure(outcome.account().userId(), threshold);
        if (streak >= threshold) {
            accounts.lockAfterFailures(outcome.account().userId(), request.clientAddress(),
                    "locked after " + streak + " consecutive failed signing attempts");
            return SignatureException.locked("The account is locked after " + streak
                    + " consecutive failed signing attempts; an administrator must unlock it");
        }
        return SignatureException.badPassword("Wrong password (" + streak + " of " + threshold
                + " consecutive failed signing attempts before the account locks)");
    }
}
