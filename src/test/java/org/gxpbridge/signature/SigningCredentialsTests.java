package org.gxpbridge.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.gxpbridge.security.AccountStatus;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.signature.internal.KeyWrap;
import org.gxpbridge.signature.internal.LegacyKeyWrap;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two-component signing with the password re-entered, lockout, and keys that follow the
 * password (11.200, 11.300).
 */
@GxpServerTest
class SigningCredentialsTests {

	private static final String NEW_PASSWORD = "Second-Secret-2026!";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Signatures signatures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SignatureSettings settings;

	@Test
	void refusesAWrongSigningPasswordWith401AndCountsIt() {
		String signer = TestSigners.newReviewer(accounts, "Wrong Password");
		SigningWalk walk = new SigningWalk(port);
		String review = walk.task(walk.start("owner"), "Task_ReviewDocument");

		Http.Response r = walk.sign(signer, Http.DEMO_PASSWORD, "Not-My-Password-1", review, "REVIEWED",
				Map.of("reviewOutcome", "ACCEPTED"));

		assertThat(r.status()).isEqualTo(401);
		assertThat(r.json().get("message").asText()).contains("Wrong password (1 of 5");
		assertThat(accounts.get(signer).failedAttempts()).as("P11-300d: the failed signature counts toward lockout")
			.isEqualTo(1);
		assertThat(jdbc
			.queryForObject("select count(*) from gxp_security_event where user_id = ? and event_type = 'LOGIN_FAILED' "
					+ "and alert = true and detail like 'signature:%'", Integer.class, signer))
			.isEqualTo(1);
		assertThat(walk.isOpen(review)).isTrue();
		assertThat(Http.as(port, "qm").get("/api/tasks/" + review + "/signatures").json().size()).isZero();
	}

	@Test
	void locksTheAccountAfterFiveWrongSigningPasswordsOverTheApi() {
		// CHK-11: each request's HTTP Basic login succeeds, yet five wrong signing
		// passwords in a row lock the account
		String signer = TestSigners.newReviewer(accounts, "Locked Out");
		SigningWalk walk = new SigningWalk(port);
		String review = walk.task(walk.start("owner"), "Task_ReviewDocument");
		for (int i = 1; i < 5; i++) {
			assertThat(
					walk.sign(signer, Http.DEMO_PASSWORD, "Not-My-Password-1", review, "REVIEWED", Map.of()).status())
				.isEqualTo(401);
		}

		Http.Response fifth = walk.sign(signer, Http.DEMO_PASSWORD, "Not-My-Password-1", review, "REVIEWED", Map.of());

		assertThat(fifth.status()).isEqualTo(423);
		assertThat(fifth.json().get("message").asText()).contains("locked");
		assertThat(accounts.get(signer).status()).isEqualTo(AccountStatus.LOCKED);
		assertThat(jdbc.queryForObject(
				"select count(*) from gxp_security_event where user_id = ? and event_type = 'ACCOUNT_LOCKED' and alert = true",
				Integer.class, signer))
			.isEqualTo(1);
		Http.Response afterwards = walk.sign(signer, review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"));
		assertThat(afterwards.status()).isEqualTo(401);
		assertThat(afterwards.json().get("message").asText()).contains("locked");
		assertThat(walk.isOpen(review)).isTrue();
	}

	@Test
	void startsTheStreakAgainAfterASuccessfulSignature() {
		String signer = TestSigners.newReviewer(accounts, "Careful Typist");
		SigningWalk walk = new SigningWalk(port);
		String review = walk.task(walk.start("owner"), "Task_ReviewDocument");
		for (int i = 1; i < 5; i++) {
			walk.sign(signer, Http.DEMO_PASSWORD, "Not-My-Password-1", review, "REVIEWED", Map.of());
		}
		assertThat(walk.sign(signer, review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED")).status()).isEqualTo(200);

		Http.Response next = walk.sign(signer, Http.DEMO_PASSWORD, "Not-My-Password-1",
				walk.task(walk.start("owner"), "Task_ReviewDocument"), "REVIEWED", Map.of());

		assertThat(next.status()).isEqualTo(401);
		assertThat(next.json().get("message").asText()).contains("1 of 5");
	}

	@Test
	void keepsTheKeyAcrossAPasswordChange() {
		String signer = TestSigners.newReviewer(accounts, "Password Changer");
		SigningWalk walk = new SigningWalk(port);
		String before = walk
			.sign(signer, walk.task(walk.start("owner"), "Task_ReviewDocument"), "REVIEWED",
					Map.of("reviewOutcome", "ACCEPTED"))
			.json()
			.get("certificateSerial")
			.asText();

		assertThat(Http.as(port, signer)
			.post("/api/account/password", Map.of("currentPassword", Http.DEMO_PASSWORD, "newPassword", NEW_PASSWORD))
			.status()).isEqualTo(200);
		Http.Response after = walk.sign(signer, NEW_PASSWORD, walk.task(walk.start("owner"), "Task_ReviewDocument"),
				"REVIEWED", Map.of("reviewOutcome", "ACCEPTED"));

		assertThat(after.status()).as(after.body()).isEqualTo(200);
		assertThat(after.json().get("certificateSerial").asText()).as("the private key was re-wrapped, not replaced")
			.isEqualTo(before);
	}

	@Test
	@Verifies({ "P11-200a2", "CHK-21" })
	void movesAKeyOfAnEarlierPasswordHashToTheConfiguredOneAtTheNextSignature() {
		// P11-300: keys wrapped with scrypt by releases up to stop 24 open as they are,
		// and
		// the next signature (the only moment the password is at hand) re-wraps the same
		// key under the configured Argon2id parameters
		String signer = TestSigners.newReviewer(accounts, "Old Hash");
		SigningWalk walk = new SigningWalk(port);
		String serial = walk
			.sign(signer, walk.task(walk.start("owner"), "Task_ReviewDocument"), "REVIEWED",
					Map.of("reviewOutcome", "ACCEPTED"))
			.json()
			.get("certificateSerial")
			.asText();
		String owner = "gxp-signature-key:" + signer;
		byte[] current = jdbc.queryForObject("select wrapped_private_key from gxp_signature_key where serial = ?",
				byte[].class, serial);
		byte[] pkcs8 = KeyWrap.unwrap(current, Http.DEMO_PASSWORD, owner);
		jdbc.update("update gxp_signature_key set wrapped_private_key = ? where serial = ?",
				LegacyKeyWrap.scryptV1(pkcs8, Http.DEMO_PASSWORD, owner, 12), serial);

		Http.Response next = walk.sign(signer, walk.task(walk.start("owner"), "Task_ReviewDocument"), "REVIEWED",
				Map.of("reviewOutcome", "ACCEPTED"));

		assertThat(next.status()).as(next.body()).isEqualTo(200);
		assertThat(next.json().get("certificateSerial").asText()).as("same key, same certificate").isEqualTo(serial);
		byte[] moved = jdbc.queryForObject("select wrapped_private_key from gxp_signature_key where serial = ?",
				byte[].class, serial);
		assertThat(KeyWrap.parameters(moved)).isEqualTo(settings.kdf());
		assertThat(KeyWrap.parameters(moved).algorithm()).isEqualTo(SignatureSettings.Kdf.Algorithm.ARGON2ID);
		assertThat(KeyWrap.unwrap(moved, Http.DEMO_PASSWORD, owner)).isEqualTo(pkcs8);
		assertThat(Http.as(port, "inspector")
			.get("/api/signatures/" + next.json().get("signatureId").asText())
			.json()
			.get("valid")
			.asBoolean()).isTrue();
	}

	@Test
	void issuesANewKeyAfterAnAdminResetAndTheOldCertificateStillVerifiesOldSignatures() {
		// P11-200a3, CHK-10: the administrator's temporary password signs nothing; the
		// user gets a new key pair
		String signer = TestSigners.newReviewer(accounts, "Reset Person");
		SigningWalk walk = new SigningWalk(port);
		Http.Response first = walk.sign(signer, walk.task(walk.start("owner"), "Task_ReviewDocument"), "REVIEWED",
				Map.of("reviewOutcome", "ACCEPTED"));
		String oldSerial = first.json().get("certificateSerial").asText();
		String temporary = "Temporary-Reset-2026!";
		assertThat(Http.as(port, "admin")
			.post("/api/admin/users/" + signer + "/password-reset",
					Map.of("temporaryPassword", temporary, "reason", "Forgotten password"))
			.status()).isEqualTo(200);
		String review = walk.task(walk.start("owner"), "Task_ReviewDocument");

		assertThat(walk.sign(signer, temporary, review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED")).status())
			.isEqualTo(403);
		assertThatThrownBy(() -> signatures.sign(
				new SignRequest(review, signer, temporary, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"), null, "x")))
			.isInstanceOfSatisfying(SignatureException.class,
					e -> assertThat(e.getMessage()).contains("must be changed"));
		assertThat(Http.as(port, signer, temporary)
			.post("/api/account/password", Map.of("currentPassword", temporary, "newPassword", NEW_PASSWORD))
			.status()).isEqualTo(200);
		Http.Response second = walk.sign(signer, NEW_PASSWORD, review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"));

		assertThat(second.status()).as(second.body()).isEqualTo(200);
		assertThat(second.json().get("certificateSerial").asText()).isNotEqualTo(oldSerial);
		assertThat(
				jdbc.queryForObject("select status from gxp_signature_key where serial = ?", String.class, oldSerial))
			.isEqualTo("REVOKED");
		var old = Http.as(port, "inspector").get("/api/signatures/" + first.json().get("signatureId").asText()).json();
		assertThat(old.get("valid").asBoolean()).as("the revoked certificate still verifies what it signed").isTrue();
		assertThat(old.get("certificateStatus").asText()).isEqualTo("REVOKED");
	}

	@Test
	@Verifies({ "P11-300d", "CHK-11" })
	void wrongPasswordCountsOnceTowardLockout() {
		// P11-300d, CHK-11: with a key, the failed AES-GCM tag is the wrong password; it
		// is counted once in the signing
		// streak and once by Accounts (one LOGIN_FAILED event), not once per hash
		String signer = TestSigners.newReviewer(accounts, "Has A Key");
		SigningWalk walk = new SigningWalk(port);
		assertThat(walk
			.sign(signer, walk.task(walk.start("owner"), "Task_ReviewDocument"), "REVIEWED",
					Map.of("reviewOutcome", "ACCEPTED"))
			.status()).isEqualTo(200);
		String review = walk.task(walk.start("owner"), "Task_ReviewDocument");

		Http.Response r = walk.sign(signer, Http.DEMO_PASSWORD, "Not-My-Password-1", review, "REVIEWED",
				Map.of("reviewOutcome", "ACCEPTED"));

		assertThat(r.status()).isEqualTo(401);
		assertThat(r.json().get("message").asText()).contains("Wrong password (1 of 5");
		assertThat(jdbc.queryForObject("select consecutive from gxp_signature_failure where user_id = ?", Integer.class,
				signer))
			.isEqualTo(1);
		assertThat(accounts.get(signer).failedAttempts()).isEqualTo(1);
		assertThat(jdbc
			.queryForObject("select count(*) from gxp_security_event where user_id = ? and event_type = 'LOGIN_FAILED' "
					+ "and detail like 'signature:%'", Integer.class, signer))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from gxp_signature_key where user_id = ? and status = 'ACTIVE'",
				Integer.class, signer))
			.as("a wrong password does not replace the key")
			.isEqualTo(1);
		assertThat(walk.isOpen(review)).isTrue();
	}

	@Test
	@Verifies({ "P11-300d", "CHK-11" })
	void signsWithOnePasswordHashOnceTheSignerHasAKey() {
		// DESIGN.md §6: the first signature checks bcrypt once (there is no key to open
		// yet); later ones only open the key
		String signer = TestSigners.newReviewer(accounts, "One Hash");
		SigningWalk walk = new SigningWalk(port);
		String first = walk.task(walk.start("owner"), "Task_ReviewDocument");
		String second = walk.task(walk.start("owner"), "Task_ReviewDocument");
		String bcryptChecks = "select count(*) from gxp_security_event where user_id = ? and event_type = 'LOGIN_SUCCEEDED' and detail = 'signature'";

		signatures.sign(new SignRequest(first, signer, Http.DEMO_PASSWORD, "REVIEWED",
				Map.of("reviewOutcome", "ACCEPTED"), null, "test"));
		assertThat(jdbc.queryForObject(bcryptChecks, Integer.class, signer)).as("first signature: bcrypt once")
			.isEqualTo(1);
		signatures.sign(new SignRequest(second, signer, Http.DEMO_PASSWORD, "REVIEWED",
				Map.of("reviewOutcome", "ACCEPTED"), null, "test"));

		assertThat(jdbc.queryForObject(bcryptChecks, Integer.class, signer))
			.as("second signature: the key unwrap is the check")
			.isEqualTo(1);
		assertThat(signatures.forTask(second)).singleElement().satisfies(v -> assertThat(v.valid()).isTrue());
	}

}
