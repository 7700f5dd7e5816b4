package org.gxpbridge.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Rows are inserted in the caller's transaction (so a rolled-back task
 * sends nothing) and sent by {@link OutboxSender} afterwards; they survive restarts. Once
 * a row is final its bodies are cleared and the token in its subject masked: the table
 * must not become a second store of live link tokens.
 */
@Repository
public class MailOutbox {

	public static final String PENDING = "PENDING";

	public static final String SENT = "SENT";

	public static final String FAILED = "FAILED";

	private static final Pattern TOKEN = Pattern.compile("#[A-Za-z0-9_-]{20,}");

	/** A row as administrators see it (no bodies). */
	public record Entry(long id, Instant createdAt, String kind, String taskId, String userId, String recipient,
			String subject, String status, int attempts, Instant nextAttemptAt, String lastError, Instant sentAt) {
	}

	/** A row due for sending. */
	public record Due(long id, int attempts, OutgoingMail mail) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MailOutbox(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void enqueue(OutgoingMail mail) {
		Instant now = clock.instant();
		jdbc.update(
				"insert into gxp_mail_outbox (created_at, kind, task_id, user_id, recipient, subject, text_body, html_body, in_reply_to, "
						+ "status, attempts, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
				Sql.ts(now), mail.kind().name(), mail.taskId(), mail.userId(), mail.recipient(),
				Sql.cut(mail.subject(), 500), Sql.cut(mail.text(), 65536), Sql.cut(mail.html(), 65536),
				Sql.cut(mail.inReplyTo(), 500), PENDING, Sql.ts(now));
	}

	public List<Due> due(Instant now, int limit) {
		return jdbc.query(
				"select id, attempts, kind, task_id, user_id, recipient, subject, text_body, html_body, in_reply_to from gxp_mail_outbox "
						+ "where status = ? and next_attempt_at <= ? order by next_attempt_at, id fetch first ? rows only",
				(rs, n) -> new Due(rs.getLong("id"), rs.getInt("attempts"),
						new OutgoingMail(MailKind.valueOf(rs.getString("kind")), rs.getString("task_id"),
								rs.getString("user_id"), rs.getString("recipient"), rs.getString("subject"),
								rs.getString("text_body"), rs.getString("html_body"), rs.getString("in_reply_to"))),
				PENDING, Sql.ts(now), limit);
	}

	/**
	 * Takes a row for one attempt: counts the attempt and leases the row until
	 * {@code leaseUntil}, so a second node (or a crash mid-send) leads to a retry after
	 * the lease, never to two sends at once.
	 */
	public boolean claim(long id, int attempts, Instant leaseUntil) {
		return jdbc.update(
				"update gxp_mail_outbox set attempts = attempts + 1, next_attempt_at = ? where id = ? and attempts = ? and status = ?",
				Sql.ts(leaseUntil), id, attempts, PENDING) == 1;
	}

	public void markSent(long id, String subject) {
		jdbc.update(
				"update gxp_mail_outbox set status = ?, sent_at = ?, last_error = null, text_body = null, html_body = null, subject = ? where id = ?",
				SENT, Sql.ts(clock.instant()), mask(subject), id);
	}

	public void markRetry(long id, String error, Instant nextAttempt) {
		jdbc.update("update gxp_mail_outbox set last_error = ?, next_attempt_at = ? where id = ?", Sql.cut(error, 1000),
				Sql.ts(nextAttempt), id);
	}

	public void markFailed(long id, String subject, String error) {
		jdbc.update(
				"update gxp_mail_outbox set status = ?, last_error = ?, text_body = null, html_body = null, subject = ? where id = ?",
				FAILED, Sql.cut(error, 1000), mask(subject), id);
	}

	public List<Entry> recent(String status, String taskId, int limit) {
		StringBuilder sql = new StringBuilder(
				"select id, created_at, kind, task_id, user_id, recipient, subject, status, attempts, "
						+ "next_attempt_at, last_error, sent_at from gxp_mail_outbox where 1 = 1");
		List<Object> args = new ArrayList<>();
		if (status != null && !status.isBlank()) {
			sql.append(" and status = ?");
			args.add(status.trim().toUpperCase(Locale.ROOT));
		}
		if (taskId != null && !taskId.isBlank()) {
			sql.append(" and task_id = ?");
			args.add(taskId);
		}
		sql.append(" order by id desc fetch first ? rows only");
		args.add(Math.max(1, Math.min(limit, 1000)));
		return jdbc.query(sql.toString(),
				(rs, n) -> new Entry(rs.getLong("id"), Sql.instant(rs, "created_at"), rs.getString("kind"),
						rs.getString("task_id"), rs.getString("user_id"), rs.getString("recipient"),
						mask(rs.getString("subject")), rs.getString("status"), rs.getInt("attempts"),
						Sql.instant(rs, "next_attempt_at"), rs.getString("last_error"), Sql.instant(rs, "sent_at")),
				args.toArray());
	}

	/**
	 * Mails of this kind queued for this user since the given instant (whatever became of
	 * them).
	 */
	public int countSince(MailKind kind, String userId, Instant since) {
		Integer n = jdbc.queryForObject(
				"select count(*) from gxp_mail_outbox where kind = ? and user_id = ? and created_at > ?", Integer.class,
				kind.name(), userId, Sql.ts(since));
		return n == null ? 0 : n;
	}

	/**
	 * When the latest mail of this kind and subject was queued for this user, or null.
	 */
	public Instant latest(MailKind kind, String userId, String subject) {
		List<Instant> found = jdbc.query(
				"select max(created_at) as latest from gxp_mail_outbox where kind = ? and user_id = ? and subject = ?",
				(rs, n) -> Sql.instant(rs, "latest"), kind.name(), userId, subject);
		return found.isEmpty() ? null : found.get(0);
	}

	static String mask(String subject) {
		return subject == null ? null : TOKEN.matcher(subject).replaceAll("#…");
	}

}
