package org.gxpbridge.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gxpbridge.reports.RecordRow;
import org.gxpbridge.reports.RecordSearch;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.signature.Signatures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The records search in SQL over the engine's history (ACT_HI_PROCINST, ACT_HI_TASKINST,
 * ACT_HI_OP_LOG), portable H2/PostgreSQL. "Took part" is: started it, was assignee of one
 * of its steps, did an engine operation on it (complete, claim, ...), or signed in it;
 * the last is asked of the signature module ({@link Signatures#processInstancesSignedBy},
 * one query per search) and enters the SQL as a list of ids, because a module does not
 * read another module's tables.
 */
@Component
public class RecordQueries {

	private static final String FROM = " from ACT_HI_PROCINST p left join ACT_RE_PROCDEF d on d.ID_ = p.PROC_DEF_ID_"
			+ " where 1 = 1";

	private static final String TOOK_PART = " and (p.START_USER_ID_ = ?"
			+ " or exists (select 1 from ACT_HI_TASKINST t where t.PROC_INST_ID_ = p.ID_ and t.ASSIGNEE_ = ?)"
			+ " or exists (select 1 from ACT_HI_OP_LOG o where o.PROC_INST_ID_ = p.ID_ and o.USER_ID_ = ?)";

	private final JdbcTemplate jdbc;

	private final Signatures signatures;

	RecordQueries(JdbcTemplate jdbc, Signatures signatures) {
		this.jdbc = jdbc;
		this.signatures = signatures;
	}

	/**
	 * Who the search is for: null (every record), or a user with the process instances
	 * they signed in, looked up once for both {@link #find} and {@link #count}.
	 */
	public record Participant(String userId, Set<String> signedIn) {
	}

	/** The participant with the records they signed in. */
	public Participant participant(String userId) {
		return new Participant(userId, signatures.processInstancesSignedBy(userId));
	}

	/**
	 * @param participant null: every record; otherwise those this user took part in
	 */
	public List<RecordRow> find(RecordSearch search, Participant participant) {
		List<Object> args = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select p.ID_, p.BUSINESS_KEY_, p.PROC_DEF_KEY_, d.NAME_, d.VERSION_,"
				+ " p.STATE_, p.START_TIME_, p.END_TIME_, p.START_USER_ID_" + FROM);
		where(sql, args, search, participant);
		sql.append(" order by p.START_TIME_ desc, p.ID_ offset ? rows fetch next ? rows only");
		args.add((long) search.page() * search.size());
		args.add(search.size());
		return jdbc.query(sql.toString(), RecordQueries::row, args.toArray());
	}

	public long count(RecordSearch search, Participant participant) {
		List<Object> args = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select count(*)" + FROM);
		where(sql, args, search, participant);
		Long n = jdbc.queryForObject(sql.toString(), Long.class, args.toArray());
		return n == null ? 0 : n;
	}

	public boolean tookPart(String processInstanceId, String userId) {
		Participant participant = participant(userId);
		if (participant.signedIn().contains(processInstanceId)) {
			return true;
		}
		StringBuilder sql = new StringBuilder("select count(*)" + FROM + " and p.ID_ = ?");
		List<Object> args = new ArrayList<>(List.of(processInstanceId));
		tookPart(sql, args, new Participant(userId, Set.of()));
		Long n = jdbc.queryForObject(sql.toString(), Long.class, args.toArray());
		return n != null && n > 0;
	}

	private static void tookPart(StringBuilder sql, List<Object> args, Participant participant) {
		String id = participant.userId();
		sql.append(TOOK_PART);
		args.addAll(List.of(id, id, id));
		if (!participant.signedIn().isEmpty()) {
			sql.append(" or p.ID_ in (").append("?, ".repeat(participant.signedIn().size() - 1)).append("?)");
			args.addAll(participant.signedIn());
		}
		sql.append(')');
	}

	private static void where(StringBuilder sql, List<Object> args, RecordSearch s, Participant participant) {
		if (participant != null) {
			tookPart(sql, args, participant);
		}
		if (s.q() != null && !s.q().isBlank()) {
			String like = "%" + s.q().trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
			sql.append(" and (lower(p.BUSINESS_KEY_) like ? or lower(d.NAME_) like ? or lower(p.PROC_DEF_KEY_) like ?"
					+ " or p.ID_ = ?)");
			args.addAll(List.of(like, like, like, s.q().trim()));
		}
		if (s.process() != null && !s.process().isBlank()) {
			sql.append(" and p.PROC_DEF_KEY_ = ?");
			args.add(s.process().trim());
		}
		if (s.status() != null && !s.status().isBlank()) {
			sql.append(switch (s.status().trim().toLowerCase(Locale.ROOT)) {
				case "running" -> " and p.STATE_ in ('ACTIVE', 'SUSPENDED')";
				case "finished" -> " and p.STATE_ = 'COMPLETED'";
				case "cancelled" -> " and p.STATE_ in ('EXTERNALLY_TERMINATED', 'INTERNALLY_TERMINATED')";
				default -> throw new InvalidInputException("unknown_status",
						"Unknown status '" + s.status() + "'; the statuses are: running, finished, cancelled");
			});
		}
		if (s.from() != null) {
			sql.append(" and p.START_TIME_ >= ?");
			args.add(Timestamp.from(s.from()));
		}
		if (s.to() != null) {
			sql.append(" and p.START_TIME_ < ?");
			args.add(Timestamp.from(s.to()));
		}
	}

	private static RecordRow row(ResultSet rs, int n) throws SQLException {
		return new RecordRow(rs.getString(1), rs.getString(2), rs.getString(3),
				rs.getString(4) == null ? rs.getString(3) : rs.getString(4), rs.getInt(5), status(rs.getString(6)),
				instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), rs.getString(9),
				RecordRow.dossierPathOf(rs.getString(1)));
	}

	private static String status(String state) {
		if (state == null) {
			return "running";
		}
		return switch (state) {
			case "ACTIVE", "SUSPENDED" -> "running";
			case "COMPLETED" -> "finished";
			default -> "cancelled";
		};
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
