package org.gxpbridge.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.gxpbridge.support.Http;

/**
 * Test steps of DocumentApprovalProcess over HTTP, as a client walks it: start, find the
 * task, sign it.
 */
final class SigningWalk {

	private final int port;

	private final Http reader;

	SigningWalk(int port) {
		this(port, Http.as(port, "qm"));
	}

	/** {@code reader} looks up tasks (on PostgreSQL there are no demo users). */
	SigningWalk(int port, Http reader) {
		this.port = port;
		this.reader = reader;
	}

	/**
	 * Starts a document approval as the author (engine REST: the initiator becomes
	 * {@code author}).
	 */
	String start(String author, String password) {
		String number = "SOP-" + UUID.randomUUID().toString().substring(0, 8);
		Http.Response r = Http.as(port, author, password)
			.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start",
					Map.of("businessKey", number, "variables", Http.vars("documentNumber", number, "documentTitle",
							"Cleaning of line 3", "documentVersion", "1.0", "changeSummary", "first issue")));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json().get("id").asText();
	}

	String start(String author) {
		return start(author, Http.DEMO_PASSWORD);
	}

	String task(String processInstanceId, String taskDefinitionKey) {
		JsonNode tasks = reader
			.get("/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + taskDefinitionKey)
			.json();
		assertThat(tasks.size()).as("open " + taskDefinitionKey + " tasks of " + processInstanceId).isEqualTo(1);
		return tasks.get(0).get("id").asText();
	}

	boolean isOpen(String taskId) {
		return reader.get("/engine-rest/task/" + taskId).status() == 200;
	}

	Http.Response sign(String user, String password, String taskId, String meaning, Map<String, Object> variables) {
		return sign(user, password, password, taskId, meaning, variables);
	}

	Http.Response sign(String user, String loginPassword, String signingPassword, String taskId, String meaning,
			Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("meaning", meaning);
		body.put("password", signingPassword);
		body.put("variables", variables);
		return Http.as(port, user, loginPassword).post("/api/tasks/" + taskId + "/sign", body);
	}

	Http.Response sign(String user, String taskId, String meaning, Map<String, Object> variables) {
		return sign(user, Http.DEMO_PASSWORD, taskId, meaning, variables);
	}

	/**
	 * Review (ACCEPTED) and approval (APPROVED) signed by reviewer and approver; returns
	 * the two signature ids.
	 */
	String[] reviewAndApprove(String processInstanceId) {
		return reviewAndApprove(processInstanceId, "reviewer", "approver", Http.DEMO_PASSWORD);
	}

	String[] reviewAndApprove(String processInstanceId, String reviewer, String approver, String password) {
		Http.Response review = sign(reviewer, password, task(processInstanceId, "Task_ReviewDocument"), "REVIEWED",
				Map.of("reviewOutcome", "ACCEPTED", "reviewComment", "fit for purpose"));
		assertThat(review.status()).as(review.body()).isEqualTo(200);
		Http.Response approval = sign(approver, password, task(processInstanceId, "Task_ApproveDocument"), "APPROVED",
				Map.of("approvalOutcome", "APPROVED"));
		assertThat(approval.status()).as(approval.body()).isEqualTo(200);
		return new String[] { review.json().get("signatureId").asText(), approval.json().get("signatureId").asText() };
	}

	/**
	 * Raw bytes (the CMS is binary, so the String-based test client would corrupt it).
	 */
	byte[] bytes(String user, String path) {
		return bytes(user, Http.DEMO_PASSWORD, path);
	}

	byte[] bytes(String user, String password, String path) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
				.build();
			HttpResponse<byte[]> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(r.statusCode()).as(path).isEqualTo(200);
			return r.body();
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

}
