package org.gxpbridge.gap;

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
 * A signed-in browser session over plain HTTP: cookies, CSRF token, no redirects
 * followed.
 */
final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private PageSession(int port) {
		this.base = "http://localhost:" + port;
	}

	static PageSession signIn(int port, String user, String password) {
		PageSession s = new PageSession(port);
		s.post("/login", "username=" + enc(user) + "&password=" + enc(password) + "&_csrf="
				+ enc(csrfOf(s.get("/login").body())));
		return s;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/** Posts a form the way the page does, with the page's CSRF token. */
	HttpResponse<String> postForm(String page, String action, String form) {
		return post(action, form + "&_csrf=" + enc(csrfOf(get(page).body())));
	}

	private HttpResponse<String> post(String path, String form) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static String csrfOf(String html) {
		Matcher m = CSRF.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the page");
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
