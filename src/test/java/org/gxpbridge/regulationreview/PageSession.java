package org.gxpbridge.regulationreview;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser session without a browser: signs in through the login form and posts page
 * forms with their CSRF token (as security's FormLogin does for its own tests).
 */
final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	PageSession(int port, String user, String password) {
		this.base = "http://localhost:" + port;
		post("/login", "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf(get("/login"))));
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/** Posts a form of the page, with the CSRF token read from that page. */
	HttpResponse<String> postForm(String page, String action, String form) {
		return post(action, form + "&_csrf=" + enc(csrf(get(page))));
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> post(String path, String form) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher m = CSRF.matcher(page.body());
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the page (" + page.statusCode() + ")");
		}
		return m.group(1);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
