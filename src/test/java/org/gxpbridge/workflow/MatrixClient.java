package org.gxpbridge.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gxpbridge.support.Http;

/**
 * One person on one route to the engine. Engine REST: HTTP Basic on every request (its
 * chain keeps no session). The webapps' copy of the engine API: a form-login session, as
 * a browser has, and Camunda's CSRF protection: the webapp's CsrfPreventionFilter puts
 * its token into the XSRF-TOKEN cookie on a GET and wants it back in the X-XSRF-TOKEN
 * header on every POST/PUT/DELETE.
 */
final class MatrixClient {

	enum Route {

		ENGINE_REST("/engine-rest"), WEBAPP("/camunda/api/engine/engine/default");

		final String prefix;

		Route(String prefix) {
			this.prefix = prefix;
		}

	}

	/**
	 * A demo user (null: nobody logged in), optionally sending a reason header on every
	 * request.
	 */
	record Principal(String user, boolean withReason) {
		String label() {
			return (user == null ? "anonymous" : user) + (withReason ? "+reason" : "");
		}
	}

	record Answer(int status, String body, String location) {
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String base;

	private final Route route;

	private final Principal principal;

	private final HttpClient client;

	private final CookieManager cookies = new CookieManager();

	private String xsrf;

	MatrixClient(int port, Route route, Principal principal) {
		this.base = "http://localhost:" + port;
		this.route = route;
		this.principal = principal;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
		if (route == Route.WEBAPP && principal.user() != null) {
			login();
		}
	}

	private void login() {
		String page = raw(HttpRequest.newBuilder(URI.create(base + "/login")).GET()).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).as("login page has a CSRF token").isTrue();
		String form = "username=" + principal.user() + "&password="
				+ URLEncoder.encode(Http.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		Answer login = raw(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(login.location()).as("form login of " + principal.user()).doesNotContain("error");
		// any GET through the webapp's CSRF filter sets the cookie; the engine list is
		// readable by every role
		raw(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/")).GET());
		xsrf = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.findFirst()
			.map(HttpCookie::getValue)
			.orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie for " + principal.user()));
	}

	Answer send(MatrixRequests.Request r) {
		HttpRequest.BodyPublisher body = r.body() == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(r.body());
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + route.prefix + r.path()))
			.method(r.method(), body)
			.header("Accept", "application/json");
		if (r.contentType() != null) {
			b.header("Content-Type", r.contentType());
		}
		if (principal.withReason()) {
			b.header("X-GxP-Reason", "Matrix test: correction of an erroneous entry");
		}
		if (route == Route.ENGINE_REST && principal.user() != null) {
			b.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((principal.user() + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		if (xsrf != null) {
			b.header("X-XSRF-TOKEN", xsrf);
		}
		return raw(b);
	}

	private Answer raw(HttpRequest.Builder request) {
		try {
			HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null));
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
