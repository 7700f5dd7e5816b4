package org.gxpbridge.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gxpbridge.security.IntegrationClient;
import org.gxpbridge.security.IntegrationClientChanged;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.SealedRecordTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * JDBC access to gxp_integration_client. Rows are inserted and revoked, never deleted;
 * the token hash never leaves this class but as a lookup key.
 */
@Repository
public class IntegrationClientStore {

	private static final String SELECT = "select client_id, name, owner_id, roles, created_by, created_at, expires_at, "
			+ "revoked_by, revoked_at, revoke_reason, last_used_at from gxp_integration_client";

	private final JdbcTemplate jdbc;

	IntegrationClientStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The client row sealed by the ledger with its CLIENT_REGISTERED/CLIENT_REVOKED
	 * entries; last_used_at changes with every request and is not the record.
	 */
	static SealedRecordTable sealed() {
		return SealedRecordTable.of("gxp_integration_client", "c.client_id", "gxp_integration_client c",
				"c.name, c.owner_id, c.roles, c.token_hash, c.created_by, c.created_at, c.expires_at, c.revoked_by, "
						+ "c.revoked_at, c.revoke_reason",
				SealedRecordTable.byObjectId(IntegrationClientChanged.OBJECT_TYPE));
	}

	public void insert(IntegrationClient c, String tokenHash) {
		jdbc.update(
				"insert into gxp_integration_client (client_id, name, owner_id, roles, token_hash, created_by, "
						+ "created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
				c.clientId(), c.name(), c.ownerId(), roles(c.roles()), tokenHash, c.createdBy(),
				AccountRepository.ts(c.createdAt()), AccountRepository.ts(c.expiresAt()));
	}

	/** Revokes an unrevoked client; false when it was revoked meanwhile. */
	public boolean revoke(String clientId, String by, Instant at, String reason) {
		return jdbc.update(
				"update gxp_integration_client set revoked_by = ?, revoked_at = ?, revoke_reason = ? "
						+ "where client_id = ? and revoked_at is null",
				by, AccountRepository.ts(at), reason, clientId) == 1;
	}

	/**
	 * Notes the use at most once a minute, so that a busy client does not write a row per
	 * request.
	 */
	public void used(String clientId, Instant at) {
		jdbc.update(
				"update gxp_integration_client set last_used_at = ? where client_id = ? "
						+ "and (last_used_at is null or last_used_at < ?)",
				AccountRepository.ts(at), clientId, AccountRepository.ts(at.minusSeconds(60)));
	}

	public Optional<IntegrationClient> find(String clientId) {
		return jdbc.query(SELECT + " where client_id = ?", IntegrationClientStore::map, clientId).stream().findFirst();
	}

	public Optional<IntegrationClient> findByName(String name) {
		return jdbc.query(SELECT + " where name = ?", IntegrationClientStore::map, name).stream().findFirst();
	}

	/** The client and its stored hash for a token's hash. */
	public Optional<Stored> findByTokenHash(String tokenHash) {
		return jdbc
			.query(SELECT.replace(" from", ", token_hash from") + " where token_hash = ?",
					(rs, n) -> new Stored(map(rs, n), rs.getString("token_hash")), tokenHash)
			.stream()
			.findFirst();
	}

	public List<IntegrationClient> all() {
		return jdbc.query(SELECT + " order by created_at desc, name", IntegrationClientStore::map);
	}

	public record Stored(IntegrationClient client, String tokenHash) {
	}

	static String roles(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	private static IntegrationClient map(ResultSet rs, int n) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(rs.getString("roles").split(","))
			.filter(s -> !s.isBlank())
			.map(Role::valueOf)
			.forEach(roles::add);
		return new IntegrationClient(rs.getString("client_id"), rs.getString("name"), rs.getString("owner_id"),
				Set.copyOf(roles), rs.getString("created_by"), AccountRepository.instant(rs, "created_at"),
				AccountRepository.instant(rs, "expires_at"), rs.getString("revoked_by"),
				AccountRepository.instant(rs, "revoked_at"), rs.getString("revoke_reason"),
				AccountRepository.instant(rs, "last_used_at"));
	}

}
