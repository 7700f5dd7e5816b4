package org.gxpbridge.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gxpbridge.security.SecurityEventRecorded;
import org.gxpbridge.security.SecurityEventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Persists every security event in the transaction that caused it, and serves the alert
 * list that the IT_SECURITY group and administrators see (P11-300d). Alerts are also
 * logged at WARN so a SIEM tailing the log sees them.
 */
@Component
public class SecurityEventLog {

	private static final Logger log = LoggerFactory.getLogger("gxp.security.alert");

	private final JdbcTemplate jdbc;

	SecurityEventLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(SecurityEventRecorded event) {
		jdbc.update(
				"insert into gxp_security_event (occurred_at, event_type, user_id, actor_id, client_address, detail, alert, "
						+ "reason) values (?, ?, ?, ?, ?, ?, ?, ?)",
				AccountRepository.ts(event.occurredAt()), event.type().name(), event.userId(), event.actorId(),
				event.clientAddress(), truncate(event.detail()), event.alert(), truncate(event.reason()));
		if (event.alert()) {
			log.warn("SECURITY ALERT {} user={} from={} : {}", event.type(), event.userId(), event.clientAddress(),
					event.detail());
		}
	}

	public List<SecurityEventRecorded> recent(boolean alertsOnly, String userId, int limit) {
		StringBuilder sql = new StringBuilder(
				"select occurred_at, event_type, user_id, actor_id, client_address, detail, alert, reason "
						+ "from gxp_security_event where 1 = 1");
		List<Object> args = new ArrayList<>();
		if (alertsOnly) {
			sql.append(" and alert = true");
		}
		if (userId != null && !userId.isBlank()) {
			sql.append(" and user_id = ?");
			args.add(userId.trim().toLowerCase(Locale.ROOT));
		}
		sql.append(" order by id desc fetch first ? rows only");
		args.add(Math.max(1, Math.min(limit, 1000)));
		return jdbc.query(sql.toString(),
				(rs, n) -> new SecurityEventRecorded(AccountRepository.instant(rs, "occurred_at"),
						SecurityEventType.valueOf(rs.getString("event_type")), rs.getString("user_id"),
						rs.getString("actor_id"), rs.getString("client_address"), rs.getString("detail"),
						rs.getBoolean("alert"), rs.getString("reason")),
				args.toArray());
	}

	public int alertsSince(Instant since) {
		Integer n = jdbc.queryForObject(
				"select count(*) from gxp_security_event where alert = true and occurred_at > ?", Integer.class,
				AccountRepository.ts(since));
		return n == null ? 0 : n;
	}

	private static String truncate(String s) {
		return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
	}

}
