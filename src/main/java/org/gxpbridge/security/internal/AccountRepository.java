package org.gxpbridge.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gxpbridge.security.Account;
import org.gxpbridge.security.AccountStatus;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * JDBC access to gxp_user and its satellites. Rows are never deleted: a user id is
 * reserved for ever.
 */
@Repository
public class AccountRepository {

	/** An account with its password hash, which only this module sees. */
	public record StoredAccount(Account account, String passwordHash) {
	}

	private static final String SELECT = "select user_id, full_name, email, password_hash, status, failed_attempts, password_changed_at, "
			+ "must_change_password, valid_until, created_at, created_by, last_login_at from gxp_user";

	private final JdbcTemplate jdbc;

	AccountRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<StoredAccount> find(String userId) {
		List<StoredAccount> rows = jdbc.query(SELECT + " where user_id = ?", (rs, n) -> map(rs, rolesOf(userId)),
				userId);
		return rows.stream().findFirst();
	}

	public List<Account> findAll() {
		Map<String, Set<Role>> roles = new HashMap<>();
		jdbc.query("select user_id, role from gxp_user_role", rs -> {
			roles.computeIfAbsent(rs.getString(1), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
		});
		List<Account> all = new ArrayList<>(jdbc.query(SELECT,
				(rs, n) -> map(rs, roles.getOrDefault(rs.getString("user_id"), Set.of())).account()));
		all.sort(Comparator.comparing(Account::userId));
		return all;
	}

	/**
	 * Status and end of access period only: the cheap question every request with a
	 * session asks.
	 */
	public Optional<Account> statusOf(String userId) {
		return jdbc
			.query("select status, valid_until from gxp_user where user_id = ?",
					(rs, n) -> new Account(userId, null, null, Set.of(), AccountStatus.valueOf(rs.getString("status")),
							0, null, false, instant(rs, "valid_until"), null, null, null),
					userId)
			.stream()
			.findFirst();
	}

	public boolean exists(String userId) {
		Integer n = jdbc.queryForObject("select count(*) from gxp_user where user_id = ?", Integer.class, userId);
		return n != null && n > 0;
	}

	public void insert(String userId, NewAccount request, String hash, boolean mustChange, Instant now, String actor) {
		jdbc.update(
				"insert into gxp_user (user_id, full_name, email, password_hash, status, failed_attempts, password_changed_at, "
						+ "must_change_password, valid_until, created_at, created_by) values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)",
				userId, request.fullName().trim(), request.email().trim(), hash, AccountStatus.ACTIVE.name(), ts(now),
				mustChange, ts(request.validUntil()), ts(now), actor);
		replaceRoles(userId, request.roles());
		jdbc.update("insert into gxp_password_history (user_id, password_hash, set_at) values (?, ?, ?)", userId, hash,
				ts(now));
	}

	public void replaceRoles(String userId, Set<Role> roles) {
		jdbc.update("delete from gxp_user_role where user_id = ?", userId);
		for (Role role : roles) {
			jdbc.update("insert into gxp_user_role (user_id, role) values (?, ?)", userId, role.name());
		}
	}

	/** Atomically counts one more failed attempt and returns the new count. */
	public int incrementFailedAttempts(String userId) {
		jdbc.update("update gxp_user set failed_attempts = failed_attempts + 1 where user_id = ?", userId);
		Integer n = jdbc.queryForObject("select failed_attempts from gxp_user where user_id = ?", Integer.class,
				userId);
		return n == null ? 0 : n;
	}

	public void recordSuccessfulLogin(String userId, Instant now) {
		jdbc.update("update gxp_user set failed_attempts = 0, last_login_at = ? where user_id = ?", ts(now), userId);
	}

	public void setStatus(String userId, AccountStatus status, Instant deactivatedAt) {
		jdbc.update(
				"update gxp_user set status = ?, failed_attempts = 0, deactivated_at = coalesce(?, deactivated_at) where user_id = ?",
				status.name(), ts(deactivatedAt), userId);
	}

	public void setValidUntil(String userId, Instant validUntil) {
		jdbc.update("update gxp_user set valid_until = ? where user_id = ?", ts(validUntil), userId);
	}

	public void updatePassword(String userId, String hash, boolean mustChange, Instant now) {
		jdbc.update(
				"update gxp_user set password_hash = ?, must_change_password = ?, password_changed_at = ?, failed_attempts = 0 where user_id = ?",
				hash, mustChange, ts(now), userId);
		jdbc.update("insert into gxp_password_history (user_id, password_hash, set_at) values (?, ?, ?)", userId, hash,
				ts(now));
	}

	public List<String> recentPasswordHashes(String userId, int count) {
		return jdbc
			.query("select password_hash from gxp_password_history where user_id = ? order by set_at desc, id desc",
					(rs, n) -> rs.getString(1), userId)
			.stream()
			.limit(count)
			.toList();
	}

	private Set<Role> rolesOf(String userId) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.query("select role from gxp_user_role where user_id = ?", rs -> {
			roles.add(Role.valueOf(rs.getString(1)));
		}, userId);
		return roles;
	}

	private static StoredAccount map(ResultSet rs, Set<Role> roles) throws SQLException {
		Account account = new Account(rs.getString("user_id"), rs.getString("full_name"), rs.getString("email"),
				roles.isEmpty() ? Set.of() : Set.copyOf(roles), AccountStatus.valueOf(rs.getString("status")),
				rs.getInt("failed_attempts"), instant(rs, "password_changed_at"), rs.getBoolean("must_change_password"),
				instant(rs, "valid_until"), instant(rs, "created_at"), rs.getString("created_by"),
				instant(rs, "last_login_at"));
		return new StoredAccount(account, rs.getString("password_hash"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
