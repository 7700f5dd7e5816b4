package org.gxpbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The user administration pages (/admin/users): ADMIN only, every change with a reason
 * for change that the audit trail records, refusals next to the form, no
 * self-administration. Each test acts as a fresh administrator so the shared demo
 * accounts stay as they are.
 */
@GxpServerTest
@Verifies("URS-01")
class AdminUsersPagesTests {

	private static final String PASSWORD = "Initial-Pass-2026!";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	String adminId;

	FormSession admin;

	@BeforeEach
	void freshAdministrator() {
		adminId = "adm-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createSeedAccount(new NewAccount(adminId, "Ada Admin", adminId + "@gxp-bridge.test",
				EnumSet.of(Role.ADMIN), Http.DEMO_PASSWORD, null), false, false);
		admin = FormSession.signedIn(port, adminId, Http.DEMO_PASSWORD);
	}

	@Test
	@Verifies({ "P11-10d", "P11-10g", "A11-9" })
	void opensUserAdministrationToAdministratorsOnly() {
		assertThat(new FormSession(port).get("/admin/users").headers().firstValue("Location").orElse(""))
			.endsWith("/login");
		assertThat(FormSession.signedIn(port, "reviewer", Http.DEMO_PASSWORD).get("/admin/users").statusCode())
			.isEqualTo(403);
		assertThat(FormSession.signedIn(port, "itsec", Http.DEMO_PASSWORD).get("/admin/users/reviewer").statusCode())
			.as("IT security sees /admin/security, not user administration")
			.isEqualTo(403);
		HttpResponse<String> list = admin.get("/admin/users?role=REVIEWER&sort=name");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("data-user-id=\"reviewer\"").doesNotContain("data-user-id=\"itsec\"");
		assertThat(admin.get("/admin/users").body()).contains("href=\"/admin/users\">Users</a>");
	}

	@Test
	@Verifies({ "P11-10d", "P11-10g", "A11-9" })
	void createsAUserWithRolesAndRecordsTheReasonInTheAuditTrail() {
		String id = "new-" + UUID.randomUUID().toString().substring(0, 6);

		HttpResponse<String> created = admin.postForm("/admin/users", "/admin/users",
				"userId=" + id + "&fullName=Nora+New&email=" + id + "%40example.test&roles=REVIEWER&roles=APPROVER"
						+ "&initialPassword=" + PASSWORD + "&validUntil=2099-01-31&reason=Joiner+ticket+HR-42");

		assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/admin/users/" + id);
		Account account = accounts.get(id);
		assertThat(account.roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.APPROVER);
		assertThat(account.mustChangePassword()).as("the initial password is changed at the first sign-in").isTrue();
		assertThat(account.validUntil()).hasToString("2099-01-31T00:00:00Z");
		assertThat(admin.get("/admin/users?status=ACTIVE").body()).contains("data-user-id=\"" + id + "\"");
		assertThat(admin.get("/admin/users/" + id).body()).contains("id=\"identity-missing\"")
			.contains("Joiner ticket HR-42");
		assertReasonInLedger("ACCOUNT_CREATED", id, "Joiner ticket HR-42");
	}

	@Test
	@Verifies({ "P11-10d", "P11-10g", "A11-9" })
	void showsARefusalNextToTheFieldAndCreatesNothing() {
		String id = "bad-" + UUID.randomUUID().toString().substring(0, 6);

		HttpResponse<String> refused = admin.postForm("/admin/users", "/admin/users",
				"userId=" + id + "&fullName=Bad+Password&email=" + id
						+ "%40example.test&roles=REVIEWER&initialPassword=short" + "&reason=Joiner");
		HttpResponse<String> noReason = admin.postForm("/admin/users", "/admin/users", "userId=" + id
				+ "&fullName=No+Reason&email=" + id + "%40example.test&roles=REVIEWER&initialPassword=" + PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).containsPattern("id=\"error-initialPassword\"[^>]*>password must have at least");
		assertThat(noReason.body()).containsPattern("id=\"error-reason\"[^>]*>Give the reason for this change");
		assertThat(accounts.find(id)).isEmpty();
	}

	@Test
	@Verifies({ "P11-10d", "P11-10g", "A11-9" })
	void changesRolesUnlocksResetsAndDeactivatesEachWithItsReason() {
		String id = seededReviewer();
		String page = "/admin/users/" + id;

		admin.postForm(page, page + "/roles", "roles=REVIEWER&roles=APPROVER&reason=Mover+to+approvals");
		assertThat(accounts.get(id).roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.APPROVER);
		assertReasonInLedger("ROLES_CHANGED", id, "Mover to approvals");

		accounts.lockAfterFailures(id, null, "test: five failures");
		admin.postForm(page, page + "/unlock", "reason=Identity+confirmed+by+phone");
		assertThat(accounts.get(id).status()).isEqualTo(AccountStatus.ACTIVE);
		assertReasonInLedger("ACCOUNT_UNLOCKED", id, "Identity confirmed by phone");

		admin.postForm(page, page + "/password-reset",
				"temporaryPassword=Temporary-Pass-2026!&confirm=yes&reason=Forgotten+password");
		assertThat(accounts.get(id).mustChangePassword()).isTrue();
		assertReasonInLedger("PASSWORD_RESET", id, "Forgotten password");

		admin.postForm(page, page + "/expiry", "validUntil=2098-06-30&reason=Contract+ends");
		assertThat(accounts.get(id).validUntil()).hasToString("2098-06-30T00:00:00Z");
		assertReasonInLedger("ACCESS_PERIOD_CHANGED", id, "Contract ends");

		HttpResponse<String> unconfirmed = admin.postForm(page, page + "/deactivate", "reason=Leaver");
		assertThat(unconfirmed.body()).containsPattern("id=\"error-deactivate\"[^>]*>Tick the confirmation box");
		assertThat(accounts.get(id).status()).isEqualTo(AccountStatus.ACTIVE);
		admin.postForm(page, page + "/deactivate", "confirm=yes&reason=Leaver");
		assertThat(accounts.get(id).status()).isEqualTo(AccountStatus.DEACTIVATED);
		assertReasonInLedger("ACCOUNT_DEACTIVATED", id, "Leaver");
		assertThat(admin.get("/admin/users?status=DEACTIVATED").body()).contains("data-user-id=\"" + id + "\"");
	}

	@Test
	@Verifies({ "P11-10d", "P11-10g", "A11-9" })
	void refusesAnAdministratorsChangesToTheirOwnAccount() {
		String page = "/admin/users/" + adminId;

		HttpResponse<String> roles = admin.postForm(page, page + "/roles", "roles=IT_SECURITY&reason=Myself");
		HttpResponse<String> deactivate = admin.postForm(page, page + "/deactivate", "confirm=yes&reason=Myself");

		assertThat(roles.body()).containsPattern("id=\"error-roles\"[^>]*>Administrators cannot");
		assertThat(deactivate.body()).containsPattern("id=\"error-deactivate\"[^>]*>Administrators cannot");
		Account self = accounts.get(adminId);
		assertThat(self.roles()).containsExactly(Role.ADMIN);
		assertThat(self.status()).isEqualTo(AccountStatus.ACTIVE);
	}

	@Test
	@Verifies({ "P11-100b", "CHK-14" })
	void recordsAnIdentityVerificationFromTheUserPage() {
		String id = "idp-" + UUID.randomUUID().toString().substring(0, 6);
		accounts.create(new NewAccount(id, "Ivo Page", id + "@example.test", Set.of(Role.REVIEWER), PASSWORD, null),
				"admin");
		String page = "/admin/users/" + id;

		admin.postForm(page, page + "/identity-verification",
				"method=PASSPORT&reference=passport%2C+last+4+digits+1234&note=seen+in+person&reason=Enrolment");

		String shown = admin.get(page).body();
		assertThat(shown).doesNotContain("id=\"identity-missing\"")
			.contains("passport, last 4 digits 1234")
			.contains(">" + adminId + "<")
			.contains("Passport");
		assertThat(admin.get("/admin/users").body()).contains("Passport, by " + adminId);
	}

	private String seededReviewer() {
		String id = "mov-" + UUID.randomUUID().toString().substring(0, 6);
		accounts.createSeedAccount(
				new NewAccount(id, "Max Mover", id + "@example.test", Set.of(Role.REVIEWER), PASSWORD, null), false,
				false);
		return id;
	}

	private void assertReasonInLedger(String action, String userId, String reason) {
		assertThat(jdbc.queryForList(
				"select reason from gxp_audit_entry where action = ? and object_type = 'Account' and object_id = ? "
						+ "and actor_id = ?",
				String.class, action, userId, adminId))
			.as("audit trail entry %s for %s by %s", action, userId, adminId)
			.containsExactly(reason);
	}

}
