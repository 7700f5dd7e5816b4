package org.gxpbridge.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gxpbridge.support.Http;

/**
 * Multipart uploads and byte downloads over real HTTP with Basic auth, as a client of the
 * documents API does.
 */
public final class DocumentClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private final String base;

	private final String auth;

	public DocumentClient(int port, String user) {
		this(port, user, Http.DEMO_PASSWORD);
	}

	public DocumentClient(int port, String user, String password) {
		this.base = "http://localhost:" + port;
		this.auth = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public record Reply(int status, byte[] body, HttpResponse<byte[]> raw) {
		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException e) {
				throw new AssertionError("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
			}
		}

		public String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}
	}

	public Reply upload(String fileName, byte[] content) {
		return upload(fileName, content, Map.of());
	}

	public Reply upload(String fileName, byte[] content, Map<String, String> fields) {
		String boundary = "gxp-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		if (content != null) {
			// the client's declared content type is deliberately misleading: the server
			// must look at the bytes
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + "/api/documents"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	public Reply get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	public Reply postJson(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> r = CLIENT.send(request.header("Authorization", auth).header("Accept", "*/*").build(),
					HttpResponse.BodyHandlers.ofByteArray());
			return new Reply(r.statusCode(), r.body(), r);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
