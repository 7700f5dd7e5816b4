package org.gxpbridge.mail.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The hashes of link tokens; the token itself is never stored (issue 6). */
@Repository
public class LinkTokenStore {

	/**
	 * A stored link: whom and what it is bound to, until when, and whether it was used.
	 */
	public record StoredLink(String tokenHash, String taskId, String userId, Instant expiresAt, Instant usedAt) {
	}

	/** {@code used_via} of tokens voided because their user was locked or deactivated. */
	public static final String VOIDED = "VOIDED";

	private final JdbcTemplate jdbc;

	LinkTokenStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(String tokenHash, String taskId, String userId, Instant createdAt, Instant expiresAt) {
		jdbc.update(
				"insert into gxp_mail_link (token_hash, task_id, user_id, created_at, expires_at) values (?, ?, ?, ?, ?)",
				tokenHash, taskId, userId, Sql.ts(createdAt), Sql.ts(expiresAt));
	}

	public Optional<StoredLink> find(String tokenHash) {
		List<StoredLink> found = jdbc
			.query("select token_hash, task_id, user_id, expires_at, used_at from gxp_mail_link where token_hash = ?",
					(rs, n) -> new StoredLink(rs.getString("token_hash"), rs.getString("task_id"),
							rs.getString("user_id"), Sql.instant(rs, "expires_at"), Sql.instant(rs, "used_at")),
					tokenHash);
		return found.stream().findFirst();
	}

	/**
	 * Marks every unused token of a user as used by {@link #VOIDED}: links and replies of
	 * a closed account do nothing.
	 */
	public int voidOutstanding(String userId, Instant at) {
		return jdbc.update("update gxp_mail_link set used_at = ?, used_via = ? where user_id = ? and used_at is null",
				Sql.ts(at), VOIDED, userId);
	}

	/**
	 * Uses a token once: false when it was already used (a concurrent redemption lost the
	 * race).
	 */
	public boolean markUsed(String tokenHash, Instant at, String via) {
		return jdbc.update(
				"update gxp_mail_link set used_at = ?, used_via = ? where token_hash = ? and used_at is null",
				Sql.ts(at), via, tokenHash) == 1;
	}

}
