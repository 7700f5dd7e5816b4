package org.gxpbridge.signature.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.gxpbridge.security.CredentialChangeListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts consecutive failed signing attempts per user, in its own transaction so the
 * count survives the refused signature's rollback. The signing service locks the account
 * when the streak reaches the lockout threshold.
 */
@Component
public class SigningFailures implements CredentialChangeListener {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	SigningFailures(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * One more failure; returns the streak. The caller only gets here for an active
	 * account, so a streak already at the threshold means an administrator unlocked the
	 * account since: the count starts again.
	 */
	public int recordFailure(String userId, int threshold) {
		Integer streak = ownTransaction.execute(tx -> {
			Timestamp now = Timestamp.from(clock.instant());
			Integer before = jdbc
				.queryForList("select consecutive from gxp_signature_failure where user_id = ?", Integer.class, userId)
				.stream()
				.findFirst()
				.orElse(null);
			int next = before == null || before >= threshold ? 1 : before + 1;
			if (before == null) {
				jdbc.update("insert into gxp_signature_failure (user_id, consecutive, last_failed_at) values (?, ?, ?)",
						userId, next, now);
			}
			else {
				jdbc.update("update gxp_signature_failure set consecutive = ?, last_failed_at = ? where user_id = ?",
						next, now, userId);
			}
			return next;
		});
		return streak == null ? 1 : streak;
	}

	/** A successful signature ends the streak (in the signing transaction). */
	public void reset(String userId) {
		jdbc.update("delete from gxp_signature_failure where user_id = ?", userId);
	}

	@Override
	public void passwordChanged(String userId, String oldPassword, String newPassword) {
		reset(userId);
	}

	@Override
	public void passwordReset(String userId) {
		reset(userId);
	}

}
