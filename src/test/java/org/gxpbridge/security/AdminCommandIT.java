package org.gxpbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gxpbridge.GxpBridgeApplication;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The recovery command when no administrator can sign in (issue 9): {@code admin unlock}
 * and {@code admin reset-password} work on the configured database without the web side,
 * and the act is recorded in the security log and the ledger with the operating-system
 * user (P11-300d, CHK-10). The command here opens the shared test server's in-memory
 * database, as it would open production's PostgreSQL while the server is stopped.
 */
// the admin command starts and closes a second server in this JVM, which unregisters the
// engine Camunda's webapps look up: it runs in a JVM of its own (pom.xml, tag own-jvm)
@Tag("own-jvm")
@GxpServerTest
class AdminCommandIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	String lockedAdministrator() {
		String id = "lastadmin" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(Http.as(port, "admin")
			.post("/api/admin/users",
					Map.of("userId", id, "fullName", "Last Admin", "email", id + "@example.com", "roles",
							List.of("ADMIN"), "initialPassword", "Initial-Passw0rd!"))
			.status()).isEqualTo(201);
		assertThat(Http.as(port, id, "Initial-Passw0rd!")
			.post("/api/account/password",
					Map.of("currentPassword", "Initial-Passw0rd!", "newPassword", AccountControlsTests.GOOD))
			.status()).isEqualTo(200);
		for (int i = 0; i < 5; i++) {
			Http.as(port, id, "Wrong-Passw0rd-" + i).get("/api/account");
		}
		assertThat(Http.as(port, id, AccountControlsTests.GOOD).get("/api/admin/users").status()).isEqualTo(401);
		return id;
	}

	static String[] command(String... words) {
		List<String> args = new ArrayList<>(List.of(words));
		// a private engine name: the engine registry is static per JVM and belongs to the
		// running test server
		args.addAll(List.of("--spring.profiles.active=demo,test", "--camunda.bpm.process-engine-name=admin-command"));
		return args.toArray(String[]::new);
	}

	@Test
	@Verifies({ "P11-300d", "CHK-10" })
	void unlocksTheLastAdministratorFromTheCommandLineAndRecordsTheOperator() {
		String id = lockedAdministrator();
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int exit = AdminCommand.run(GxpBridgeApplication.class, command("admin", "unlock", id),
				new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(Http.as(port, id, AccountControlsTests.GOOD).get("/api/admin/users").status()).isEqualTo(200);
		String operator = "os:" + System.getProperty("user.name");
		assertThat(jdbc.queryForObject(
				"select actor_id from gxp_security_event where user_id = ? and event_type = 'ACCOUNT_UNLOCKED'",
				String.class, id))
			.startsWith(operator);
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_audit_entry where action = 'ACCOUNT_UNLOCKED' and object_id = ?"
						+ " and actor_id like ? and new_value like '%recovery command%'",
				Integer.class, id, operator + "%"))
			.isEqualTo(1);
	}

	@Test
	@Verifies({ "P11-300d", "CHK-10" })
	void resetsTheLastAdministratorsPasswordFromTheCommandLine() {
		String id = lockedAdministrator();
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int exit = AdminCommand.run(GxpBridgeApplication.class, command("admin", "reset-password", id),
				new PrintStream(out, true, StandardCharsets.UTF_8));

		String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\\R");
		assertThat(exit).as(String.join("\n", lines)).isZero();
		Http.Response me = Http.as(port, id, lines[lines.length - 1]).get("/api/account");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("passwordChangeRequired").asBoolean()).as("the temporary password must be changed")
			.isTrue();
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_audit_entry where action = 'PASSWORD_RESET' and object_id = ? and actor_id like 'os:%'",
				Integer.class, id))
			.isEqualTo(1);
	}

	@Test
	@Verifies({ "P11-300d", "CHK-10" })
	void refusesUnknownOrIllFormedIdsAndWrongUsage() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertThat(AdminCommand.run(GxpBridgeApplication.class, new String[] { "admin", "unlock" }, print))
			.isEqualTo(2);
		assertThat(AdminCommand.run(GxpBridgeApplication.class, command("admin", "unlock", "x".repeat(90)), print))
			.isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage:")
			.contains("Refused: user id must be 2 to 64 characters");
	}

}
