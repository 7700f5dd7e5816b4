package org.gxpbridge.mail.internal;

import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which notices were queued for a task (new work per user, reminder, escalation), so none
 * is sent twice. Checks before inserting rather than catching a duplicate key: on
 * PostgreSQL a failed statement would abort the caller's (engine) transaction.
 */
@Repository
public class NoticeLog {

	private final JdbcTemplate jdbc;

	NoticeLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** True the first time for this task and stage; false ever after. */
	public boolean markOnce(String taskId, String stage, Instant now) {
		Integer seen = jdbc.queryForObject("select count(*) from gxp_mail_notice where task_id = ? and stage = ?",
				Integer.class, taskId, Sql.cut(stage, 100));
		if (seen != null && seen > 0) {
			return false;
		}
		jdbc.update("insert into gxp_mail_notice (task_id, stage, queued_at) values (?, ?, ?)", taskId,
				Sql.cut(stage, 100), Sql.ts(now));
		return true;
	}

}
