package org.gxpbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Part 11 Subpart C account controls, exercised over HTTP as an administrator and a user
 * would (CHK-11..13, CHK-16).
 */
@GxpServerTest
class AccountControlsTests {

	static final String GOOD = "Valid-Passw0rd-2026";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Http admin() {
		return Http.as(port, "admin");
	}

	/**
	 * Creates a fresh user through the admin API and changes the admin-set password, as
	 * the user would.
	 */
	String newUser(String prefix, String... roles) {
		String id = prefix + UUID.randomUUID().toString().substring(0, 8);
		Http.Response r = admin().post("/api/admin/users", Map.of("userId", id, "fullName", "Test " + id, "email",
				id + "@example.com", "roles", List.of(roles), "initialPassword", "Initial-Passw0rd!"));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		Http.Response change = Http.as(port, id, "Initial-Passw0rd!")
			.post("/api/account/password", Map.of("currentPassword", "Initial-Passw0rd!", "newPassword", GOOD));
		assertThat(change.status()).as(change.body()).isEqualTo(200);
		return id;
	}

	@Test
	@Verifies({ "P11-300d", "CHK-11" })
	void wrongPasswordIsRefusedWith401AndCounted() {
		String id = newUser("wrongpw", "REVIEWER");
		Http.Response r = Http.as(port, id, "not-the-password").get("/api/account");
		assertThat(r.status()).isEqualTo(401);
		// the count stays with the account (administrators see it), never in the answer:
		// an unknown id reads the same
		assertThat(r.json().get("message").asText()).isEqualTo("Wrong user id or password");
		assertThat(admin().get("/api/admin/users/" + id).json().get("failedAttempts").asInt()).isEqualTo(1);
	}

	@Test
	@Verifies({ "P11-300d", "CHK-11" })
	void fiveConsecutiveFailuresLockTheAccountUntilAnAdminUnlocksIt_CHK11() {
		String id = newUser("lockme", "REVIEWER");
		for (int i = 0; i < 5; i++) {
			assertThat(Http.as(port, id, "wrong-" + i).get("/api/account").status()).isEqualTo(401);
		}
		Http.Response withRightPassword = Http.as(port, id, GOOD).get("/api/account");
		assertThat(withRightPassword.status()).as("locked even with the right password").isEqualTo(401);
		assertThat(withRightPassword.json().get("message").asText()).contains("locked");
		assertThat(admin().get("/api/admin/users/" + id).json().get("status").asText()).isEqualTo("LOCKED");

		Http.Response alerts = Http.as(port, "itsec").get("/api/security/alerts?user=" + id);
		assertThat(alerts.status()).isEqualTo(200);
		assertThat(alerts.json().findValuesAsText("type")).contains("ACCOUNT_LOCKED", "LOGIN_FAILED",
				"LOGIN_REFUSED_LOCKED");
		assertThat(alerts.json().findValuesAsText("type").stream().filter("LOGIN_FAILED"::equals).count()).isEqualTo(5);

		assertThat(Http.as(port, "reviewer").post("/api/admin/users/" + id + "/unlock", Map.of()).status())
			.as("only an admin unlocks")
			.isEqualTo(403);
		assertThat(admin().post("/api/admin/users/" + id + "/unlock", Map.of("reason", "Identity confirmed")).status())
			.isEqualTo(200);
		assertThat(Http.as(port, id, GOOD).get("/api/account").status()).isEqualTo(200);
	}

	@Test
	@Verifies({ "P11-100a", "P11-300a", "CHK-13" })
	void userIdsAreUniqueRegardlessOfCaseAndNeverReused_CHK13() {
		String id = newUser("unique", "AUDITOR");
		Map<String, Object> again = Map.of("userId", id.toUpperCase(), "fullName", "Someone Else", "email",
				"else@example.com", "roles", List.of("AUDITOR"), "initialPassword", "Initial-Passw0rd!");
		assertThat(admin().post("/api/admin/users", again).status()).isEqualTo(409);

		assertThat(admin().post("/api/admin/users/" + id + "/deactivate", Map.of("reason", "Leaver")).status())
			.isEqualTo(200);
		assertThat(Http.as(port, id, GOOD).get("/api/account").status()).as("deactivated user cannot log in")
			.isEqualTo(401);
		Http.Response reuse = admin().post("/api/admin/users", again);
		assertThat(reuse.status()).as("a deactivated id is never reused").isEqualTo(409);
		assertThat(reuse.json().get("message").asText()).contains("never reused");
	}

	@Test
	@Verifies({ "P11-100a", "P11-300a", "CHK-13" })
	void genericAndSharedIdsAreRefusedOutsideTheDemoProfile_CHK13() {
		for (String generic : List.of("qa", "lab1", "Test", "service")) {
			Http.Response r = admin().post("/api/admin/users", Map.of("userId", generic, "fullName", "Shared", "email",
					"x@example.com", "roles", List.of("REVIEWER"), "initialPassword", "Initial-Passw0rd!"));
			assertThat(r.status()).as(generic).isEqualTo(422);
			assertThat(r.json().get("message").asText()).contains("generic or shared");
		}
	}

	@Test
	@Verifies("URS-03")
	void passwordPolicyIsEnforcedWithReasons() {
		Map<String, String> cases = Map.of("Short1!", "at least 12 characters", "alllowercaseletters", "three of",
				"Xmallory-2026!", "must not contain the user id");
		cases.forEach((password, reason) -> {
			Http.Response r = admin().post("/api/admin/users", Map.of("userId", "mallory", "fullName", "M", "email",
					"m@example.com", "roles", List.of("REVIEWER"), "initialPassword", password));
			assertThat(r.status()).as(password).isEqualTo(422);
			assertThat(r.json().get("message").asText()).as(password).contains(reason);
		});
	}

	@Test
	@Verifies("URS-03")
	void noneOfTheLastFivePasswordsMayBeReused() {
		String id = newUser("history", "REVIEWER");
		String current = GOOD;
		for (int i = 1; i <= 4; i++) {
			String next = "Rotated-Passw0rd-" + i;
			assertThat(Http.as(port, id, current)
				.post("/api/account/password", Map.of("currentPassword", current, "newPassword", next))
				.status()).isEqualTo(200);
			current = next;
		}
		Http.Response reuse = Http.as(port, id, current)
			.post("/api/account/password", Map.of("currentPassword", current, "newPassword", GOOD));
		assertThat(reuse.status()).isEqualTo(422);
		assertThat(reuse.json().get("message").asText()).contains("last 5");
	}

	@Test
	@Verifies({ "P11-200a3", "CHK-10" })
	void adminResetForcesAChangeBeforeAnythingElse_CHK10() {
		String id = newUser("reset", "APPROVER");
		assertThat(admin()
			.post("/api/admin/users/" + id + "/password-reset",
					Map.of("temporaryPassword", "Temporary-Passw0rd!", "reason", "Forgotten password"))
			.status()).isEqualTo(200);
		Http user = Http.as(port, id, "Temporary-Passw0rd!");
		assertThat(user.get("/api/account").json().get("passwordChangeRequired").asBoolean()).isTrue();
		Http.Response blocked = user.get("/engine-rest/task");
		assertThat(blocked.status()).isEqualTo(403);
		assertThat(blocked.json().get("error").asText()).isEqualTo("password_change_required");
		assertThat(user
			.post("/api/account/password",
					Map.of("currentPassword", "Temporary-Passw0rd!", "newPassword", "Own-Passw0rd-2026"))
			.status()).isEqualTo(200);
		assertThat(Http.as(port, id, "Own-Passw0rd-2026").get("/engine-rest/task").status()).isEqualTo(200);
		assertThat(Http.as(port, "itsec").get("/api/security/alerts?user=" + id).json().findValuesAsText("type"))
			.contains("PASSWORD_RESET");
	}

	@Test
	@Verifies({ "P11-300b", "CHK-12" })
	void passwordsOlderThanNinetyDaysMustBeChanged_CHK12() {
		String id = newUser("aging", "REVIEWER");
		// the password change below re-seals the account row this update alters
		jdbc.update("update gxp_user set password_changed_at = ? where user_id = ?",
				Timestamp.from(Instant.now().minus(91, ChronoUnit.DAYS)), id);
		Http user = Http.as(port, id, GOOD);
		assertThat(user.get("/api/account").json().get("passwordChangeRequired").asBoolean()).isTrue();
		assertThat(user.get("/engine-rest/task").status()).isEqualTo(403);
		assertThat(user
			.post("/api/account/password", Map.of("currentPassword", GOOD, "newPassword", "Fresh-Passw0rd-2026"))
			.status()).isEqualTo(200);
		assertThat(Http.as(port, id, "Fresh-Passw0rd-2026").get("/engine-rest/task").status()).isEqualTo(200);
	}

	@Test
	@Verifies("CHK-16")
	void adminsCannotHoldApprovalRolesAndInspectorsHoldNothingElse_CHK16() {
		Http.Response adminApprover = admin().post("/api/admin/users",
				Map.of("userId", "sod1", "fullName", "S", "email", "s@example.com", "roles",
						List.of("ADMIN", "APPROVER"), "initialPassword", "Initial-Passw0rd!"));
		assertThat(adminApprover.status()).isEqualTo(422);
		assertThat(adminApprover.json().get("message").asText()).contains("ADMIN cannot be combined");
		Http.Response inspectorPlus = admin().post("/api/admin/users",
				Map.of("userId", "sod2", "fullName", "S", "email", "s@example.com", "roles",
						List.of("INSPECTOR", "REVIEWER"), "initialPassword", "Initial-Passw0rd!"));
		assertThat(inspectorPlus.status()).isEqualTo(422);
		String id = newUser("mover", "REVIEWER");
		assertThat(admin()
			.put("/api/admin/users/" + id + "/roles", Map.of("roles", List.of("ADMIN", "REVIEWER"), "reason", "Mover"))
			.status()).isEqualTo(422);
	}

	@Test
	@Verifies({ "P11-10d", "P11-10g", "A11-9" })
	void everyAccountChangeOverTheApiNeedsAReasonThatTheAuditTrailKeeps() {
		String id = newUser("why", "REVIEWER");
		String user = "/api/admin/users/" + id;
		Http.Response noReason = admin().put(user + "/roles", Map.of("roles", List.of("APPROVER")));
		assertThat(noReason.status()).as(noReason.body()).isEqualTo(422);
		assertThat(noReason.json().path("error").asText()).isEqualTo("reason_required");
		assertThat(admin().post(user + "/deactivate", Map.of("reason", " ")).status()).isEqualTo(422);
		assertThat(admin().get(user).json().path("roles").toString()).isEqualTo("[\"REVIEWER\"]");
		assertThat(admin().get(user).json().path("status").asText()).as("nothing changed").isEqualTo("ACTIVE");

		assertThat(admin().put(user + "/roles", Map.of("roles", List.of("APPROVER"), "reason", "Mover to approvals"))
			.status()).isEqualTo(200);
		assertThat(admin()
			.put(user + "/access-period", Map.of("validUntil", "2098-06-30T00:00:00Z", "reason", "Contract ends"))
			.json()
			.path("validUntil")
			.asText()).startsWith("2098-06-30");
		assertThat(
				admin().withHeader("X-GxP-Reason", "Leaver ticket HR-7").post(user + "/deactivate", Map.of()).status())
			.isEqualTo(200);
		assertThat(reasonsInLedger(id)).containsEntry("ROLES_CHANGED", "Mover to approvals")
			.containsEntry("ACCESS_PERIOD_CHANGED", "Contract ends")
			.containsEntry("ACCOUNT_DEACTIVATED", "Leaver ticket HR-7");
	}

	Map<String, String> reasonsInLedger(String userId) {
		Map<String, String> reasons = new HashMap<>();
		jdbc.query("select action, reason from gxp_audit_entry where object_type = 'Account' and object_id = ?"
				+ " and actor_id = 'admin'", rs -> {
					reasons.put(rs.getString("action"), rs.getString("reason"));
				}, userId);
		return reasons;
	}

	@Test
	void onlyAdminsManageUsers() {
		for (String user : List.of("qm", "reviewer", "itsec", "inspector")) {
			assertThat(Http.as(port, user).get("/api/admin/users").status()).as(user).isEqualTo(403);
		}
		assertThat(admin().get("/api/admin/users").json().findValuesAsText("userId")).contains("admin", "qm",
				"inspector");
	}

	@Test
	@Verifies("URS-04")
	void timeBoxedAccountsStopWorkingWhenTheirPeriodEnds() {
		String id = newUser("visitor", "INSPECTOR");
		// ended a second ago through the API (no SQL behind the ledger's back: the row
		// stays
		// sealed as the server wrote it)
		assertThat(admin()
			.put("/api/admin/users/" + id + "/access-period",
					Map.of("validUntil", Instant.now().minusSeconds(1).toString(), "reason", "Visit ended"))
			.status()).isEqualTo(200);
		Http.Response r = Http.as(port, id, GOOD).get("/api/account");
		assertThat(r.status()).isEqualTo(401);
		assertThat(r.json().get("message").asText()).contains("access period has ended");
	}

}
