package org.gxpbridge.shared.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gxpbridge.shared.ApiError;
import org.gxpbridge.shared.DatabaseOutage;
import org.gxpbridge.shared.DatabaseOutages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The outermost answer to a database outage: a failure that escapes everything behind it
 * (Spring Security's authentication, which reads accounts before any controller; the
 * live-session check; the Camunda webapps' own filters; a page whose view fails) becomes
 * 503 {@code database_unavailable} with {@code Retry-After}, as JSON for the APIs and a
 * plain page for people, instead of the container's 500. Placed before Spring Security
 * and every filter that reads the database. Controllers and engine REST answer the same
 * themselves ({@code ApiExceptionHandler}, {@code PageExceptionHandler},
 * {@code EngineRestJsonErrors}), so this sees only what they never saw.
 */
@Configuration
@ConditionalOnWebApplication
class DatabaseOutageFilter {

	/** Before the live-session check (-101) and Spring Security (-100). */
	static final int ORDER = SecurityProperties.DEFAULT_FILTER_ORDER - 10;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> databaseOutageFilterRegistration(DatabaseOutages outages,
			ObjectMapper json) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Filter(outages, json));
		registration.setOrder(ORDER);
		registration.setName("databaseOutage");
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		private final DatabaseOutages outages;

		private final ObjectMapper json;

		Filter(DatabaseOutages outages, ObjectMapper json) {
			this.outages = outages;
			this.json = json;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (ServletException | IOException | RuntimeException e) {
				if (response.isCommitted()
						|| !outages.record(e, request.getMethod() + " " + request.getRequestURI(), true)) {
					throw e;
				}
				response.reset();
				refuse(request, response, json);
			}
		}

		@Override
		protected boolean shouldNotFilterAsyncDispatch() {
			return false;
		}

	}

	/**
	 * The 503 answer: {@link ApiError} JSON for the APIs and for clients that do not ask
	 * for HTML, a plain page (no template, no layout: nothing that could need the
	 * database) otherwise.
	 */
	static void refuse(HttpServletRequest request, HttpServletResponse response, ObjectMapper json) throws IOException {
		response.setStatus(503);
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (wantsPage(request)) {
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
						+ "<title>Temporarily unavailable · GxP Bridge</title></head><body><main>"
						+ "<p>Error 503</p><h1>Temporarily unavailable</h1><p id=\"error-message\">"
						+ HtmlUtils.htmlEscape(DatabaseOutage.MESSAGE) + ".</p><p>Reason code: <code id=\"error-code\">"
						+ DatabaseOutage.CODE + "</code></p></main></body></html>");
			return;
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(response.getOutputStream(),
				ApiError.of(503, DatabaseOutage.CODE, DatabaseOutage.MESSAGE, request.getRequestURI()));
	}

	static boolean wantsPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")
				|| path.startsWith("/actuator/") || path.startsWith("/v3/")) {
			return false;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
	}

}
