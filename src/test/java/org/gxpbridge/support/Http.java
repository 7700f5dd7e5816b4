package org.gxpbridge.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A small real HTTP client for tests: requests go over the socket to the running server,
 * as a client's would.
 */
public final class Http {

	public static final String DEMO_PASSWORD = "Gxp-Demo-2026!";

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private final String user;

	private final String password;

	private final Map<String, String> headers;

	private Http(String base, String user, String password) {
		this(base, user, password, Map.of());
	}

	private Http(String base, String user, String password, Map<String, String> headers) {
		this.base = base;
		this.user = user;
		this.password = password;
		this.headers = headers;
	}

	/** The same client sending one more header on every request (e.g. X-GxP-Reason). */
	public Http withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(headers);
		more.put(name, value);
		return new Http(base, user, password, Map.copyOf(more));
	}

	public static Http anonymous(int port) {
		return new Http("http://localhost:" + port, null, null);
	}

	public static Http as(int port, String user) {
		return as(port, user, DEMO_PASSWORD);
	}

	public static Http as(int port, String user, String password) {
		return new Http("http://localhost:" + port, user, password);
	}

	public Http withPassword(String newPassword) {
		return new Http(base, user, newPassword, headers);
	}

	public Response get(String path) {
		return send(builder(path).GET());
	}

	public Response post(String path, Object body) {
		return send(builder(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json(body))));
	}

	public Response put(String path, Object body) {
		return send(builder(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json(body))));
	}

	public Response postRaw(String path, String contentType, String body) {
		return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Response delete(String path) {
		return send(builder(path).DELETE());
	}

	private HttpRequest.Builder builder(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
		headers.forEach(b::header);
		if (user != null) {
			String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
			b.header("Authorization", "Basic " + token);
		}
		return b;
	}

	private static String json(Object body) {
		if (body instanceof String s) {
			return s;
		}
		try {
			return JSON.writeValueAsString(body);
		}
		catch (IOException e) {
			throw new IllegalArgumentException(e);
		}
	}

	private static Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""), r);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Status, raw body and the body as JSON (MissingNode when it is not JSON). */
	public record Response(int status, String body, String contentType, HttpResponse<String> raw) {
		public JsonNode json() {
			try {
				return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
			}
			catch (IOException e) {
				return MissingNode.getInstance();
			}
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}
	}

	/** Engine REST variable map: {"name": {"value": v}}. */
	public static Map<String, Object> vars(Object... namesAndValues) {
		Map<String, Object> vars = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			vars.put((String) namesAndValues[i], Map.of("value", namesAndValues[i + 1]));
		}
		return vars;
	}

}
