package org.gxpbridge.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.signature.internal.KeyWrap;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Manifestation (11.50, CHK-06), linking (11.70, CHK-07) and independent verification
 * with openssl.
 */
@GxpServerTest
class SignatureVerificationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Test
	void showsTheManifestationAsSignedEvenAfterTheSignerIsRenamed() {
		// P11-50a: printed name as at signing, date and time with zone, meaning
		String signer = TestSigners.newReviewer(accounts, "Maria Example");
		SigningWalk walk = new SigningWalk(port);
		String id = walk
			.sign(signer, walk.task(walk.start("owner"), "Task_ReviewDocument"), "REVIEWED",
					Map.of("reviewOutcome", "ACCEPTED"))
			.json()
			.get("signatureId")
			.asText();
		jdbc.update("update gxp_user set full_name = 'Maria Married-Name' where user_id = ?", signer);

		JsonNode view = Http.as(port, "inspector").get("/api/signatures/" + id).json();
		// put the sealed account row back: the server tests share one ledger
		jdbc.update("update gxp_user set full_name = 'Maria Example' where user_id = ?", signer);

		assertThat(view.get("printedName").asText()).isEqualTo("Maria Example");
		assertThat(view.get("meaning").asText()).isEqualTo("REVIEWED");
		assertThat(view.get("signerId").asText()).isEqualTo(signer);
		assertThat(view.get("signedAt").asText()).endsWith("Z");
		assertThat(view.get("signedAtZone").asText()).isEqualTo("UTC");
		assertThat(view.get("signedAtDisplay").asText())
			.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC \\(UTC\\+00:00\\)");
		assertThat(view.get("valid").asBoolean()).as(view.toString()).isTrue();
		assertThat(view.get("recordChangedSinceSigning").asBoolean()).isFalse();
	}

	@Test
	@SuppressWarnings("unchecked")
	void signsCanonicalJsonOfTheRecord() throws Exception {
		SigningWalk walk = new SigningWalk(port);
		String pi = walk.start("owner");
		String review = walk.task(pi, "Task_ReviewDocument");
		byte[] sop = "SOP-042 cleaning procedure, version 1.0".getBytes(StandardCharsets.UTF_8);
		runtime.setVariable(pi, "sopFile",
				Variables.fileValue("sop-042.pdf").file(sop).mimeType("application/pdf").create());
		String id = walk
			.sign("reviewer", review, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED", "reviewComment", "Prüfung ok"))
			.json()
			.get("signatureId")
			.asText();

		byte[] content = walk.bytes("inspector", "/api/signatures/" + id + "/content");
		String text = new String(content, StandardCharsets.UTF_8);
		Map<String, Object> record = new ObjectMapper().readValue(content, new TypeReference<Map<String, Object>>() {
		});

		assertThat(text).startsWith("{\"businessKey\":")
			.doesNotContain("\n")
			.doesNotContain("\": ")
			.contains("Prüfung ok");
		assertThat(record.get("taskId")).isEqualTo(review);
		assertThat(record.get("taskDefinitionKey")).isEqualTo("Task_ReviewDocument");
		assertThat(record.get("processInstanceId")).isEqualTo(pi);
		assertThat(record.get("processDefinitionVersion")).isInstanceOf(Integer.class);
		assertThat(record.get("signerId")).isEqualTo("reviewer");
		assertThat(record.get("printedName")).isEqualTo("Demo Reviewer");
		assertThat(record.get("meaning")).isEqualTo("REVIEWED");
		assertThat((Map<String, Object>) record.get("variables")).containsEntry("reviewOutcome", "ACCEPTED");
		assertThat(record.keySet()).contains("businessKey", "processDefinitionId", "documents", "signedAt");
		assertThat((Map<String, Object>) ((Map<String, Object>) record.get("documents")).get("sopFile"))
			.containsEntry("fileName", "sop-042.pdf")
			.containsEntry("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sop)));
		// DESIGN.md §6: the record's defining fields (record.fields of the process) and
		// its content hash are signed
		Map<String, Object> signedRecord = (Map<String, Object>) record.get("record");
		assertThat((Map<String, Object>) signedRecord.get("fields")).containsEntry("documentVersion", "1.0")
			.containsEntry("documentTitle", "Cleaning of line 3")
			.containsKey("documentNumber")
			.hasSize(3);
		assertThat((Map<String, Object>) ((Map<String, Object>) signedRecord.get("documents")).get("sopFile"))
			.containsKey("sha256");
	}

	@Test
	@Verifies({ "P11-70", "A11-14", "CHK-07" })
	void recordChangeAfterApprovalShowsRecordChangedSinceSigning() {
		// P11-70, CHK-07: documentVersion is changed after approval (Java API, no form,
		// no reason): the approval still
		// verifies for what was signed, and shows that the record it covers is no longer
		// the record as it stands
		SigningWalk walk = new SigningWalk(port);
		String pi = walk.start("owner");
		String[] ids = walk.reviewAndApprove(pi);
		assertThat(Http.as(port, "inspector")
			.get("/api/signatures/" + ids[1])
			.json()
			.get("recordChangedSinceSigning")
			.asBoolean()).isFalse();

		runtime.setVariable(pi, "documentVersion", "2.0");

		for (String id : ids) {
			JsonNode view = Http.as(port, "inspector").get("/api/signatures/" + id).json();
			assertThat(view.get("recordChangedSinceSigning").asBoolean()).as(view.toString()).isTrue();
			assertThat(view.get("valid").asBoolean()).as("valid stays about the CMS and the linking").isTrue();
			assertThat(view.get("verificationDetail").asText()).contains("documentVersion")
				.contains("1.0")
				.contains("2.0");
		}
		runtime.setVariable(pi, "documentVersion", "1.0");
		assertThat(Http.as(port, "inspector")
			.get("/api/signatures/" + ids[1])
			.json()
			.get("recordChangedSinceSigning")
			.asBoolean()).as("recomputed from the process as it stands").isFalse();
	}

	@Test
	@Verifies({ "P11-70", "A11-14", "CHK-07" })
	void recordChangedSinceSigningIsRecomputedFromHistoryForEndedInstances() {
		SigningWalk walk = new SigningWalk(port);
		String pi = walk.start("owner");
		String review = walk.task(pi, "Task_ReviewDocument");
		String id = walk.sign("reviewer", review, "REVIEWED", Map.of("reviewOutcome", "REJECTED"))
			.json()
			.get("signatureId")
			.asText();
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count())
			.as("rejected: the instance ended")
			.isZero();

		JsonNode view = Http.as(port, "inspector").get("/api/signatures/" + id).json();

		assertThat(view.get("valid").asBoolean()).isTrue();
		assertThat(view.get("recordChangedSinceSigning").asBoolean()).as(view.toString()).isFalse();
	}

	@Test
	void showsRecordChangedWhenASignedVariableIsChangedAfterwards() {
		// P11-70, CHK-07: the signature stays valid for what was signed, and the record
		// shows it has changed since
		SigningWalk walk = new SigningWalk(port);
		String pi = walk.start("owner");
		String id = walk
			.sign("reviewer", walk.task(pi, "Task_ReviewDocument"), "REVIEWED",
					Map.of("reviewOutcome", "ACCEPTED", "reviewComment", "fine"))
			.json()
			.get("signatureId")
			.asText();

		// a change to a running process needs a reason for change (A11-9, CHK-02)
		assertThat(Http.as(port, "qm")
			.put("/engine-rest/process-instance/" + pi + "/variables/reviewComment",
					Map.of("value", "edited later", "type", "String"))
			.status()).isEqualTo(422);
		assertThat(Http.as(port, "qm")
			.withHeader("X-GxP-Reason", "typo in the reviewer's comment")
			.put("/engine-rest/process-instance/" + pi + "/variables/reviewComment",
					Map.of("value", "edited later", "type", "String"))
			.status()).isEqualTo(204);

		JsonNode view = Http.as(port, "inspector").get("/api/signatures/" + id).json();
		assertThat(view.get("recordChangedSinceSigning").asBoolean()).isTrue();
		assertThat(view.get("valid").asBoolean()).isTrue();
	}

	@Test
	void failsVerificationWhenASignatureIsMovedOrCopiedToAnotherRecord() {
		// CHK-07: a DBA re-points a signature to another task, and copies another
		// record's CMS over a signature
		SigningWalk walk = new SigningWalk(port);
		String moved = walk.reviewAndApprove(walk.start("owner"))[0];
		String[] other = walk.reviewAndApprove(walk.start("owner"));
		String movedTask = jdbc.queryForObject("select task_id from gxp_signature where id = ?", String.class, moved);
		byte[] copiedCms = jdbc.queryForObject("select cms from gxp_signature where id = ?", byte[].class, other[1]);
		jdbc.update("update gxp_signature set task_id = ? where id = ?", "copied-" + moved.substring(0, 8), moved);
		jdbc.update("update gxp_signature set cms = (select cms from gxp_signature where id = ?) where id = ?",
				other[0], other[1]);

		JsonNode movedView = Http.as(port, "inspector").get("/api/signatures/" + moved).json();
		JsonNode copiedView = Http.as(port, "inspector").get("/api/signatures/" + other[1]).json();
		// put the sealed signature rows back: the server tests share one ledger
		jdbc.update("update gxp_signature set task_id = ? where id = ?", movedTask, moved);
		jdbc.update("update gxp_signature set cms = ? where id = ?", copiedCms, other[1]);

		assertThat(movedView.get("valid").asBoolean()).isFalse();
		assertThat(movedView.get("verificationDetail").asText()).contains("another record");
		assertThat(copiedView.get("valid").asBoolean()).isFalse();
		assertThat(Http.as(port, "inspector").get("/api/signatures/" + other[0]).json().get("valid").asBoolean())
			.isTrue();
	}

	@Test
	void keepsTheCaKeyOnlyEncryptedUnderTheConfiguredPassword() {
		new SigningWalk(port).reviewAndApprove(new SigningWalk(port).start("owner"));
		byte[] stored = jdbc.queryForObject("select wrapped_private_key from gxp_signature_ca where id = 'internal'",
				byte[].class);

		assertThat(KeyWrap.unwrap(stored, "some-other-password", "gxp-signature-ca")).isNull();
		assertThat(KeyWrap.unwrap(stored, SignatureSettings.DEMO_CA_KEY_PASSWORD, "gxp-signature-ca")).isNotNull();
	}

	@Test
	void verifiesWithOpensslAgainstTheCaAndFailsForOtherContent() throws Exception {
		assumeTrue(OpenSsl.present(), "openssl is not installed");
		SigningWalk walk = new SigningWalk(port);
		String id = walk.reviewAndApprove(walk.start("owner"))[1];
		String ca = Http.as(port, "inspector").get("/api/pki/ca.pem").body();
		byte[] cms = walk.bytes("inspector", "/api/signatures/" + id + "/cms");
		byte[] content = walk.bytes("inspector", "/api/signatures/" + id + "/content");

		OpenSsl.Result good = OpenSsl.verify(ca, cms, content);
		byte[] altered = new String(content, StandardCharsets.UTF_8).replace("\"APPROVED\"", "\"REJECTED\"")
			.getBytes(StandardCharsets.UTF_8);
		OpenSsl.Result bad = OpenSsl.verify(ca, cms, altered);

		assertThat(ca).startsWith("-----BEGIN CERTIFICATE-----");
		assertThat(good.exitCode()).as(good.output()).isZero();
		assertThat(good.output()).contains("Verification successful");
		assertThat(altered).isNotEqualTo(content);
		assertThat(bad.exitCode()).as(bad.output()).isNotZero();
	}

}
