package org.gxpbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.PasswordChecks;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a caller probing the login can learn (issue 9 item 9): nothing about which ids
 * exist or what state an account is in unless they give its right password, and every
 * probe is recorded whatever it sends as the id (P11-300d, CHK-11, CHK-13).
 */
@GxpServerTest
class AccountProbingTests {

	static final String GOOD = AccountControlsTests.GOOD;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	String newUser(String prefix) {
		String id = prefix + UUID.randomUUID().toString().substring(0, 8);
		assertThat(Http.as(port, "admin")
			.post("/api/admin/users",
					Map.of("userId", id, "fullName", "Test " + id, "email", id + "@example.com", "roles",
							List.of("REVIEWER"), "initialPassword", GOOD))
			.status()).isEqualTo(201);
		return id;
	}

	int recorded(String userIdLike, String detail) {
		return jdbc
			.queryForObject("select count(*) from gxp_security_event where event_type = 'LOGIN_FAILED' and alert = true"
					+ " and user_id like ? and detail like ?", Integer.class, userIdLike, "%" + detail + "%");
	}

	@Test
	@Verifies({ "P11-300d", "CHK-11", "CHK-13" })
	void answersLongUserIdWith401AndRecordsTheAttempt() {
		String marker = UUID.randomUUID().toString().replace("-", "");
		String longId = "a" + marker + "x".repeat(90 - 1 - marker.length());
		Http.Response basic = Http.as(port, longId, "whatever-password").get("/api/account");
		assertThat(basic.status()).as(basic.body()).isEqualTo(401);
		assertThat(basic.json().get("message").asText()).isEqualTo("Wrong user id or password");

		String odd = "ré\u0000v'; drop table gxp_user;--" + marker;
		assertThat(Http.as(port, odd, "whatever-password").get("/api/account").status()).isEqualTo(401);

		FormSession browser = new FormSession(port);
		HttpResponse<String> form = browser.signIn(longId + "-form", "whatever-password");
		assertThat(form.statusCode()).isEqualTo(302);
		assertThat(form.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		assertThat(browser.loginError()).isEqualTo("Wrong user id or password");

		// recorded under a marked id that no account can have, with the length and an
		// escaped prefix in the detail
		assertThat(jdbc.queryForList(
				"select user_id from gxp_security_event where event_type = 'LOGIN_FAILED' and detail like ?",
				String.class, "%" + marker + "%"))
			.hasSize(3)
			.allMatch(id -> id.startsWith("invalid:") && id.length() <= 64);
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_security_event where detail like ? and detail like '%90 characters%'",
				Integer.class, "%" + marker + "%"))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_security_event where detail like ? and detail like '%\\u0000%'",
				Integer.class, "%" + marker + "%"))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_audit_entry where action = 'LOGIN_FAILED' and new_value like ?",
				Integer.class, "%" + marker + "%"))
			.as("in the ledger too")
			.isEqualTo(3);
	}

	@Test
	@Verifies("P11-300d")
	void unknownIdAndWrongPasswordReadTheSame() {
		String id = newUser("probe");
		String unknown = "nobody" + UUID.randomUUID().toString().substring(0, 8);
		Http.Response wrongPassword = Http.as(port, id, "Not-The-Password-1").get("/api/account");
		Http.Response unknownId = Http.as(port, unknown, "Not-The-Password-1").get("/api/account");
		assertThat(unknownId.status()).isEqualTo(wrongPassword.status()).isEqualTo(401);
		assertThat(unknownId.json().get("message")).isEqualTo(wrongPassword.json().get("message"));
		assertThat(unknownId.json().get("error")).isEqualTo(wrongPassword.json().get("error"));

		FormSession browser = new FormSession(port);
		browser.signIn(id, "Not-The-Password-1");
		String wrongPasswordPage = browser.loginError();
		browser.signIn(unknown, "Not-The-Password-1");
		assertThat(browser.loginError()).isEqualTo(wrongPasswordPage).isEqualTo("Wrong user id or password");

		// an unknown id costs a password hash check too, exactly as many as a wrong
		// password
		// (no timing oracle); counted, because the test profile's hash cost is too cheap
		// to
		// show it by timing
		long known = checksFor(() -> Http.as(port, id, "Not-The-Password-1").get("/api/account"));
		long stranger = checksFor(() -> Http.as(port, unknown, "Not-The-Password-1").get("/api/account"));
		assertThat(known).as("a wrong password is checked against the account's hash").isPositive();
		assertThat(stranger).as("hash checks for an unknown id vs a wrong password").isEqualTo(known);
		assertThat(recorded(unknown, "unknown user id")).isEqualTo(5);
		assertThat(recorded(id, "wrong password")).isGreaterThanOrEqualTo(3);
	}

	@Test
	@Verifies("P11-300d")
	void accountStateIsToldOnlyToTheRightPassword() {
		String locked = newUser("lockd");
		for (int i = 0; i < 5; i++) {
			Http.as(port, locked, "Wrong-Passw0rd-" + i).get("/api/account");
		}
		String deactivated = newUser("gone");
		assertThat(Http.as(port, "admin")
			.post("/api/admin/users/" + deactivated + "/deactivate", Map.of("reason", "Leaver"))
			.status()).isEqualTo(200);

		for (String id : List.of(locked, deactivated)) {
			Http.Response wrong = Http.as(port, id, "Wrong-Passw0rd-9").get("/api/account");
			assertThat(wrong.status()).isEqualTo(401);
			assertThat(wrong.json().get("message").asText()).as(id).isEqualTo("Wrong user id or password");
			FormSession browser = new FormSession(port);
			browser.signIn(id, "Wrong-Passw0rd-9");
			assertThat(browser.loginError()).as(id).isEqualTo("Wrong user id or password");
		}
		assertThat(Http.as(port, locked, GOOD).get("/api/account").json().get("message").asText()).contains("locked");
		assertThat(Http.as(port, deactivated, GOOD).get("/api/account").json().get("message").asText())
			.contains("deactivated");
		// recorded either way, so IT security sees attempts on closed accounts
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_security_event where user_id = ? and event_type = 'LOGIN_REFUSED_LOCKED'"
						+ " and detail like '%wrong password%'",
				Integer.class, locked))
			.isEqualTo(2);
	}

	@Test
	@Verifies("URS-02")
	void answersABadUserIdOnAccountApisWith400NamingTheRule() {
		Http admin = Http.as(port, "admin");
		String bad = "x".repeat(90);
		List<Http.Response> answers = new ArrayList<>(List.of(admin.get("/api/admin/users/" + bad),
				admin.post("/api/admin/users/" + bad + "/unlock", Map.of("reason", "probe")),
				admin.post("/api/admin/users/" + bad + "/deactivate", Map.of("reason", "probe")),
				admin.post("/api/admin/users/" + bad + "/password-reset",
						Map.of("temporaryPassword", "Temporary-Passw0rd!", "reason", "probe")),
				admin.put("/api/admin/users/" + bad + "/roles",
						Map.of("roles", List.of("REVIEWER"), "reason", "probe")),
				admin.get("/api/admin/users/%C3%A9t%C3%A9"),
				Http.as(port, "itsec").get("/api/security/events?user=" + bad)));
		for (Http.Response r : answers.subList(0, 6)) {
			assertThat(r.status()).as(r.raw().uri() + " " + r.body()).isEqualTo(400);
			assertThat(r.contentType()).contains("json");
			assertThat(r.json().get("message").asText()).contains("user id must be 2 to 64 characters");
		}
		assertThat(answers.get(6).status()).as("a search for an impossible id finds nothing").isEqualTo(200);
		Http.Response create = admin.post("/api/admin/users", Map.of("userId", bad, "fullName", "Long", "email",
				"l@example.com", "roles", List.of("REVIEWER"), "initialPassword", GOOD));
		assertThat(create.status()).isEqualTo(422);
		assertThat(create.json().get("message").asText()).contains("user id must be 2 to 64 characters");
	}

	@Test
	@Verifies("P11-300d")
	void administrationAnswersNonAdminsAlikeForKnownAndUnknownIds() {
		String known = newUser("target");
		String unknown = "nobody" + UUID.randomUUID().toString().substring(0, 8);
		Http reviewer = Http.as(port, "reviewer");
		for (String path : List.of("/password-reset", "/unlock", "/deactivate")) {
			Http.Response a = reviewer.post("/api/admin/users/" + known + path,
					Map.of("temporaryPassword", "Temporary-Passw0rd!"));
			Http.Response b = reviewer.post("/api/admin/users/" + unknown + path,
					Map.of("temporaryPassword", "Temporary-Passw0rd!"));
			assertThat(a.status()).isEqualTo(b.status()).isEqualTo(403);
			assertThat(a.json().get("message").asText().replace(known, "ID"))
				.isEqualTo(b.json().get("message").asText().replace(unknown, "ID"));
		}
	}

	private static long checksFor(Runnable call) {
		call.run(); // the first call may check more (e.g. the dummy hash made once)
		long before = PasswordChecks.count();
		call.run();
		call.run();
		return PasswordChecks.count() - before;
	}

}
