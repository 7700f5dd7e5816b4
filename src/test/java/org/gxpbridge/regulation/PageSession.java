package org.gxpbridge.regulation;

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

import org.gxpbridge.support.Http;

/** A signed-in browser session over plain HTTP: cookies, CSRF tokens, no redirects. */
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

	static PageSession signIn(int port, String user) {
		PageSession session = new PageSession(port);
		String csrf = csrfOf(session.get("/login").body());
		session.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + enc(user) + "&password=" + enc(Http.DEMO_PASSWORD) + "&_csrf=" + enc(csrf))));
		return session;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/** Posts a multipart form with the CSRF token of the page it is on. */
	HttpResponse<String> postMultipart(String page, String action, String body) {
		String csrf = csrfOf(get(page).body());
		String withToken = "--" + ImportUpload.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
				+ csrf + "\r\n" + body;
		return send(HttpRequest.newBuilder(URI.create(base + action))
			.header("Content-Type", "multipart/form-data; boundary=" + ImportUpload.BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofString(withToken)));
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
