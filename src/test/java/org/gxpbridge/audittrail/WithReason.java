package org.gxpbridge.audittrail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gxpbridge.support.Http;

/**
 * A PUT with the X-GxP-Reason header over the socket, as an engine REST client sends it.
 */
final class WithReason {

	private WithReason() {
	}

	static int put(int port, String user, String path, Object body, String reason) throws Exception {
		String auth = Base64.getEncoder()
			.encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + auth)
			.header("Content-Type", "application/json")
			.header("X-GxP-Reason", reason)
			.PUT(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(body)))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
