package org.gxpbridge.security.internal;

import static org.gxpbridge.security.internal.UriMatchers.uri;

import java.util.Arrays;

import org.gxpbridge.security.Role;
import org.gxpbridge.security.web.JsonSecurityResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The operators' door (issue 16): actuator endpoints and the OpenAPI description, called
 * by scrapers, probes and API clients with HTTP Basic and no session. Closed unless a
 * rule below opens it: the health probe to everyone (details only for ADMIN and
 * IT_SECURITY, decided by the actuator's own {@code show-details} roles), the Prometheus
 * scrape to ADMIN and IT_SECURITY, the API description to every role. Another actuator
 * endpoint exposed by a setting later still answers 401/403 until it gets a rule here.
 * Springdoc's controller is not ours and carries no method security, so this rule is its
 * only lock; it serves a description, no records.
 */
@Configuration
class OperationsWebSecurity {

	private static final String[] ALL_ROLES = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

	@Bean
	@ConditionalOnWebApplication
	@Order(0)
	SecurityFilterChain operationsChain(HttpSecurity http, JsonSecurityResponses json) throws Exception {
		http.securityMatcher(uri("/actuator", "/actuator/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**"))
			.authorizeHttpRequests(
					a -> a.requestMatchers(uri(HttpMethod.GET, "/actuator/health", "/actuator/health/**"))
						.permitAll()
						.requestMatchers(uri(HttpMethod.GET, "/actuator/prometheus"))
						.hasAnyRole(Role.ADMIN.name(), Role.IT_SECURITY.name())
						.requestMatchers(uri(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**"))
						.hasAnyRole(ALL_ROLES)
						.anyRequest()
						.denyAll())
			.httpBasic(b -> b.authenticationEntryPoint(json))
			.exceptionHandling(e -> e.authenticationEntryPoint(json).accessDeniedHandler(json))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

}
