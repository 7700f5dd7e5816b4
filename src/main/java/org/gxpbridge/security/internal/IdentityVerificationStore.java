package org.gxpbridge.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gxpbridge.security.IdentityVerification;
import org.gxpbridge.security.IdentityVerificationMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** JDBC access to gxp_identity_verification: rows are inserted, never changed. */
@Repository
public class IdentityVerificationStore {

	private static final String SELECT = "select verification_id, user_id, method, reference, note, verified_by, "
			+ "verified_at from gxp_identity_verification";

	private final JdbcTemplate jdbc;

	IdentityVerificationStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public IdentityVerification insert(String userId, IdentityVerificationMethod method, String reference, String note,
			String verifiedBy, Instant at) {
		IdentityVerification v = new IdentityVerification(UUID.randomUUID().toString(), userId, method, reference, note,
				verifiedBy, at);
		jdbc.update(
				"insert into gxp_identity_verification (verification_id, user_id, method, reference, note, verified_by, "
						+ "verified_at) values (?, ?, ?, ?, ?, ?, ?)",
				v.verificationId(), userId, method.name(), reference, note, verifiedBy, AccountRepository.ts(at));
		return v;
	}

	/** Newest first. */
	public List<IdentityVerification> of(String userId) {
		return jdbc.query(SELECT + " where user_id = ? order by verified_at desc, verification_id", this::map, userId);
	}

	public Optional<IdentityVerification> latest(String userId) {
		return of(userId).stream().findFirst();
	}

	/** The latest verification of every verified person. */
	public Map<String, IdentityVerification> latestOfAll() {
		Map<String, IdentityVerification> latest = new LinkedHashMap<>();
		jdbc.query(SELECT + " order by verified_at desc, verification_id", this::map)
			.forEach(v -> latest.putIfAbsent(v.userId(), v));
		return latest;
	}

	private IdentityVerification map(ResultSet rs, int n) throws SQLException {
		return new IdentityVerification(rs.getString("verification_id"), rs.getString("user_id"),
				IdentityVerificationMethod.valueOf(rs.getString("method")), rs.getString("reference"),
				rs.getString("note"), rs.getString("verified_by"), AccountRepository.instant(rs, "verified_at"));
	}

}
