package org.gxpbridge.support;

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
 * A browser session without a browser, as the server's pages see one: cookies, the login
 * form, CSRF tokens read from the page a form is on, no redirects followed. For page
 * tests that need no rendering; chromium tests use {@link Browser}.
 */
public final class FormSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	public FormSession(int port) {
		this.base = "http://localhost:" + port;
	}

	/** A session signed in through the login form. */
	public static FormSession signedIn(int port, String user, String password) {
		FormSession session = new FormSession(port);
		session.signIn(user, password);
		return session;
	}

	/**
	 * Posts the login form; the answer is a redirect ({@code /login?error} on failure).
	 */
	public HttpResponse<String> signIn(String user, String password) {
		String csrf = csrfOf(get("/login").body());
		return post("/login", "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf));
	}

	/** The error line the login page shows after a failed attempt, or null. */
	public String loginError() {
		Matcher m = Pattern.compile("id=\"login-error\"[^>]*>([^<]*)<").matcher(get("/login").body());
		return m.find() ? m.group(1).replace("&#39;", "'") : null;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	public HttpResponse<String> post(String path, String form) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/**
	 * Posts a form on a page that carries a CSRF token (the token is read from that page
	 * first).
	 */
	public HttpResponse<String> postForm(String page, String action, String form) {
		String csrf = csrfOf(get(page).body());
		return post(action, form + "&_csrf=" + enc(csrf));
	}

	/**
	 * Sends JSON as a page's script does: the session cookie, and the CSRF token in a
	 * header when one is given (null sends none).
	 */
	public HttpResponse<String> sendJson(String method, String path, String json, String csrfHeader, String csrfToken) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		if (csrfToken != null) {
			request.header(csrfHeader, csrfToken);
		}
		return send(request);
	}

	/** Posts a multipart form with the CSRF token of the page it is on. */
	public HttpResponse<String> postMultipart(String page, String action, String boundary, String body) {
		String csrf = csrfOf(get(page).body());
		String withToken = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
				+ "\r\n" + body;
		return send(HttpRequest.newBuilder(URI.create(base + action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(withToken)));
	}

	public static String enc(String s) {
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
