package org.gxpbridge.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CHK-14, 21 CFR 11.100(b): a person signs only after an administrator or quality manager
 * other than the person has recorded who verified their identity, how and when.
 */
@GxpServerTest
class IdentityVerificationSigningTests {

	private static final String PASSWORD = "Personal-Pass-2026!";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@Verifies({ "P11-100b", "CHK-14" })
	void refusesTheSignatureOfAnUnverifiedPersonAndAcceptsItOnceAnotherPersonVerifiedThem() {
		String signer = newReviewer();
		SigningWalk walk = new SigningWalk(port);
		String review = walk.task(walk.start("owner"), "Task_ReviewDocument");

		Http.Response refused = walk.sign(signer, PASSWORD, review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("message").asText())
			.contains("identity of '" + signer + "' has not been verified");
		assertThat(walk.isOpen(review)).isTrue();
		assertThat(
				jdbc.queryForObject("select count(*) from gxp_signature_key where user_id = ?", Integer.class, signer))
			.as("no key or certificate is issued to an unverified person")
			.isZero();

		Http.Response verified = Http.as(port, "qm")
			.withHeader("X-GxP-Reason", "Enrolment of a new reviewer")
			.post("/api/admin/users/" + signer + "/identity-verification",
					Map.of("method", "NATIONAL_ID_CARD", "reference", "ID card, last 4 digits 9876", "note", "HR-7"));
		assertThat(verified.status()).as(verified.body()).isEqualTo(201);

		Http.Response signed = walk.sign(signer, PASSWORD, review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"));
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_audit_entry where action = 'IDENTITY_VERIFIED' and actor_id = 'qm' "
						+ "and object_type = 'IdentityVerification' and new_value like ? and reason = ?",
				Integer.class, "NATIONAL_ID_CARD: ID card, last 4 digits 9876%", "Enrolment of a new reviewer"))
			.isEqualTo(1);
	}

	@Test
	void showsWhyOnTheTaskPageWhenAnUnverifiedPersonSigns() {
		String signer = newReviewer();
		SigningWalk walk = new SigningWalk(port);
		String review = walk.task(walk.start("owner"), "Task_ReviewDocument");
		String page = "/inbox/tasks/" + review;

		HttpResponse<String> answer = FormSession.signedIn(port, signer, PASSWORD)
			.postForm(page, page + "/sign",
					"password=" + FormSession.enc(PASSWORD) + "&meaning=REVIEWED&reviewOutcome=ACCEPTED");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("has not been verified, so the account has no signing rights yet");
		assertThat(walk.isOpen(review)).isTrue();
	}

	@Test
	@Verifies({ "P11-100b", "CHK-14" })
	void showsWhoVerifiedThePersonHowAndWhen() {
		String signer = newReviewer();
		Http.as(port, "admin")
			.post("/api/admin/users/" + signer + "/identity-verification",
					Map.of("method", "HR_RECORD", "reference", "HR file 2026-118"));

		Http.Response shown = Http.as(port, "inspector").get("/api/admin/users/" + signer + "/identity-verification");

		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.json().get("verified").asBoolean()).isTrue();
		assertThat(shown.json().get("latest").get("verifiedBy").asText()).isEqualTo("admin");
		assertThat(shown.json().get("latest").get("method").asText()).isEqualTo("HR_RECORD");
		assertThat(shown.json().get("latest").get("reference").asText()).isEqualTo("HR file 2026-118");
		assertThat(shown.json().get("latest").get("verifiedAt").asText()).isNotBlank();
		assertThat(Http.as(port, "inspector")
			.get("/api/admin/users/" + newReviewer() + "/identity-verification")
			.json()
			.get("verified")
			.asBoolean()).isFalse();
	}

	@Test
	@Verifies({ "P11-100b", "CHK-14" })
	void refusesSelfVerificationAndVerificationByOtherRoles() {
		String signer = newReviewer();
		Map<String, String> body = Map.of("method", "PASSPORT", "reference", "passport, last 4 digits 1234");

		Http.Response self = Http.as(port, "qm").post("/api/admin/users/qm/identity-verification", body);
		Http.Response byReviewer = Http.as(port, "reviewer")
			.post("/api/admin/users/" + signer + "/identity-verification", body);
		Http.Response bySelf = Http.as(port, signer, PASSWORD)
			.post("/api/admin/users/" + signer + "/identity-verification", body);
		Http.Response seeded = Http.as(port, "admin")
			.post("/api/admin/users/" + signer + "/identity-verification",
					Map.of("method", "DEMO_SEED", "reference", "x"));
		Http.Response noReference = Http.as(port, "admin")
			.post("/api/admin/users/" + signer + "/identity-verification", Map.of("method", "PASSPORT"));

		assertThat(self.status()).isEqualTo(422);
		assertThat(self.json().get("message").asText()).contains("Nobody verifies their own identity");
		assertThat(byReviewer.status()).isEqualTo(403);
		assertThat(bySelf.status()).isEqualTo(403);
		assertThat(seeded.status()).as("DEMO_SEED is the server's own").isEqualTo(400);
		assertThat(noReference.status()).isEqualTo(400);
		assertThat(jdbc.queryForObject("select count(*) from gxp_identity_verification where user_id = ?",
				Integer.class, signer))
			.isZero();
	}

	/** A person opened by an administrator (not seeded), with the password changed. */
	private String newReviewer() {
		String id = "idr-" + UUID.randomUUID().toString().substring(0, 6);
		String initial = "Initial-Pass-2026!";
		accounts.create(
				new NewAccount(id, "Uma Unverified", id + "@example.test", Set.of(Role.REVIEWER), initial, null),
				"admin");
		assertThat(Http.as(port, id, initial)
			.post("/api/account/password", Map.of("currentPassword", initial, "newPassword", PASSWORD))
			.status()).isEqualTo(200);
		return id;
	}

}
