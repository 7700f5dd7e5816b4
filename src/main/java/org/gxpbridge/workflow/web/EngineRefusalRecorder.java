package org.gxpbridge.workflow.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.CurrentUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A refusal inside the engine (its authorization or the command guard) rolls back the
 * engine's transaction, so it must be recorded after it: every engine REST or webapp
 * engine call answered 403 or 422 becomes an ACCESS_DENIED security event in the audit
 * ledger with who, what and the engine's reason (P11-10e, CHK-17). URL-level refusals are
 * recorded by the security filter chain before they get here.
 */
@Configuration
@ConditionalOnWebApplication
class EngineRefusalRecorder {

	private static final int MAX_DETAIL = 500;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> engineRefusalFilter(Accounts accounts) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
				try {
					chain.doFilter(request, wrapped);
				}
				finally {
					int status = wrapped.getStatus();
					if ((status == 403 || status == 422) && CurrentUser.id().isPresent()) {
						String body = new String(wrapped.getContentAsByteArray(), StandardCharsets.UTF_8);
						String detail = request.getMethod() + " " + request.getRequestURI() + " refused by the engine ("
								+ status + "): " + (body.length() > MAX_DETAIL ? body.substring(0, MAX_DETAIL) : body);
						accounts.recordAccessDenied(CurrentUser.id().get(), request.getRemoteAddr(), detail);
					}
					wrapped.copyBodyToResponse();
				}
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(200); // before the engine authentication filters (201,
									// 202), after Spring Security
		return registration;
	}

}
