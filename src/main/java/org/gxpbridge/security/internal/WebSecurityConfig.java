package org.gxpbridge.security.internal;

import static org.gxpbridge.security.internal.UriMatchers.uri;

import java.util.Arrays;
import java.util.Map;

import org.gxpbridge.security.IntegrationClients;
import org.gxpbridge.security.Role;
import org.gxpbridge.security.web.JsonSecurityResponses;
import org.gxpbridge.security.web.PageSecurityResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Three doors, one identity (P11-10d): machine APIs with HTTP Basic and no session, the
 * Camunda webapps behind our form login, and our own pages; the operators' door (health,
 * metrics, API description) is {@link OperationsWebSecurity}. Nothing is anonymous but
 * the health probe and the login page. Inspectors may only read; a signing step is never
 * completed here but through the signature service. These URL rules match the decoded,
 * normalised path ({@link UriMatchers}) and are the outer lock only: every controller
 * method carries its own {@code @PreAuthorize} ({@link org.gxpbridge.security.Access}),
 * and what reaches the engine is judged by the engine's authorization and command guard
 * (DESIGN.md §5).
 */
@Configuration
@EnableMethodSecurity
class WebSecurityConfig {

	private static final String[] ALL_ROLES = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

	/**
	 * Every role but INSPECTOR may write; what an ADMIN may do to content is limited
	 * further by the engine guard.
	 */
	/**
	 * Who reads a design's traceability matrix (the design module's method security too).
	 */
	private static final String[] DESIGN_TRACE_READERS = { Role.INSPECTOR.name(), Role.AUDITOR.name(),
			Role.QUALITY_MANAGER.name(), Role.PROCESS_OWNER.name() };

	/**
	 * Who reads the deployment history of models (issue 14; the modeling module's method
	 * security too).
	 */
	private static final String[] DEPLOYMENT_HISTORY_READERS = { Role.INSPECTOR.name(), Role.AUDITOR.name(),
			Role.QUALITY_MANAGER.name(), Role.PROCESS_OWNER.name() };

	/**
	 * Who opens deployed models and reads drafts: process owners and the quality unit.
	 */
	private static final String[] MODEL_READERS = { Role.PROCESS_OWNER.name(), Role.QUALITY_MANAGER.name() };

	/**
	 * Who reads process-history dossiers (issue 15; the dossier module's method security
	 * too).
	 */
	private static final String[] DOSSIER_READERS = { Role.INSPECTOR.name(), Role.AUDITOR.name(),
			Role.QUALITY_MANAGER.name() };

	/**
	 * Who may open any report (the union of the reports' readers; each report checks its
	 * own).
	 */
	private static final String[] REPORT_READERS = { Role.INSPECTOR.name(), Role.AUDITOR.name(),
			Role.QUALITY_MANAGER.name(), Role.IT_SECURITY.name(), Role.ADMIN.name() };

	private static final String[] WRITING_ROLES = Arrays.stream(Role.values())
		.filter(r -> r != Role.INSPECTOR)
		.map(Role::name)
		.toArray(String[]::new);

	private static final String[] ENGINE_IDENTITY = { "/engine-rest/user/**", "/engine-rest/group/**",
			"/engine-rest/authorization/**", "/engine-rest/tenant/**" };

	private static final String IDENTITY_VERIFICATION = "/api/admin/users/*/identity-verification";

	private static final String[] WEBAPP_ENGINE_IDENTITY = { "/camunda/api/engine/engine/*/user/**",
			"/camunda/api/engine/engine/*/group/**", "/camunda/api/engine/engine/*/authorization/**",
			"/camunda/api/engine/engine/*/tenant/**" };

	// AccountAuthenticationProvider is the single AuthenticationProvider bean, so Spring
	// Boot makes it the global one;
	// adding it to a chain as well would make a failed attempt count twice (chain, then
	// parent manager).

	/**
	 * Spring's delegating encoder (new hashes {bcrypt}, older ids still checked) with the
	 * bcrypt cost from {@code gxp.security.bcrypt-strength}: 10 in application.yml, as
	 * Spring's default; only the test profile lowers it, because HTTP Basic pays one
	 * check per request and the test suite sends thousands.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${gxp.security.bcrypt-strength}") int bcryptStrength) {
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(bcryptStrength)));
		encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return encoder;
	}

	@Bean
	@ConditionalOnWebApplication // not in the `audit verify` command line, which has no
									// web side
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, JsonSecurityResponses json, IntegrationClients clients)
			throws Exception {
		http.securityMatcher(uri("/api/**", "/engine-rest/**"))
			.authorizeHttpRequests(a -> a.requestMatchers(uri("/api/account/**"))
				.authenticated()
				// models reach the engine only through change control (CHK-24), never by
				// direct deployment
				.requestMatchers(uri(HttpMethod.POST, "/engine-rest/deployment/**"))
				.denyAll()
				// free-standing tasks would be work outside any validated process
				.requestMatchers(uri(HttpMethod.POST, "/engine-rest/task/create"))
				.denyAll()
				.requestMatchers(uri(HttpMethod.DELETE, "/engine-rest/deployment/**"))
				.denyAll()
				// users and groups live in our store, administered through
				// /api/admin/users only
				.requestMatchers(uri(HttpMethod.GET, ENGINE_IDENTITY))
				.hasAnyRole(ALL_ROLES)
				.requestMatchers(uri(ENGINE_IDENTITY))
				.denyAll()
				// identity verification (11.100(b)): recorded by ADMIN or
				// QUALITY_MANAGER,
				// read by those who inspect it
				.requestMatchers(uri(HttpMethod.GET, IDENTITY_VERIFICATION))
				.hasAnyRole(Role.ADMIN.name(), Role.QUALITY_MANAGER.name(), Role.AUDITOR.name(), Role.INSPECTOR.name(),
						Role.IT_SECURITY.name())
				.requestMatchers(uri(HttpMethod.POST, IDENTITY_VERIFICATION))
				.hasAnyRole(Role.ADMIN.name(), Role.QUALITY_MANAGER.name())
				.requestMatchers(uri("/api/admin/**"))
				.hasRole(Role.ADMIN.name())
				.requestMatchers(uri("/api/security/**"))
				.hasAnyRole(Role.ADMIN.name(), Role.IT_SECURITY.name())
				// the regulation catalogue changes only through the quality unit or an
				// administrator
				.requestMatchers(uri("/api/regulations/imports/**"))
				.hasAnyRole(Role.QUALITY_MANAGER.name(), Role.ADMIN.name())
				// the design traceability matrix is for the roles that inspect a design
				.requestMatchers(uri(HttpMethod.GET, "/api/design/items/*/trace"))
				.hasAnyRole(DESIGN_TRACE_READERS)
				// process-history dossiers (issue 15) are for inspection roles
				.requestMatchers(uri(HttpMethod.GET, "/api/reports/process-instances/**"))
				.hasAnyRole(DOSSIER_READERS)
				// global reports: the outer lock admits the union of the reports'
				// readers, each
				// report checks its own (reports.ReportProvider#readers)
				.requestMatchers(uri(HttpMethod.GET, "/api/reports", "/api/reports/**"))
				.hasAnyRole(REPORT_READERS)
				// models change only as drafts of process owners under change control
				// (CHK-24); the quality unit reads them and their diffs for its review
				.requestMatchers(uri(HttpMethod.GET, "/api/deployments/**"))
				.hasAnyRole(DEPLOYMENT_HISTORY_READERS)
				.requestMatchers(uri(HttpMethod.GET, "/api/models/**", "/api/model-drafts/**"))
				.hasAnyRole(MODEL_READERS)
				.requestMatchers(uri(HttpMethod.POST, "/api/model-drafts/*/validate"))
				.hasAnyRole(MODEL_READERS)
				.requestMatchers(uri("/api/models/**", "/api/deployments/**"))
				.denyAll()
				.requestMatchers(uri("/api/model-drafts/**"))
				.hasRole(Role.PROCESS_OWNER.name())
				.requestMatchers(uri(HttpMethod.GET, "/api/**", "/engine-rest/**"))
				.hasAnyRole(ALL_ROLES)
				// the one write of an inspector: filing a request in the inspection room
				.requestMatchers(uri(HttpMethod.POST, "/api/inspection/requests"))
				.hasRole(Role.INSPECTOR.name())
				.anyRequest()
				.hasAnyRole(WRITING_ROLES))
			.httpBasic(b -> b.authenticationEntryPoint(json))
			// registered integration clients (issue 16 item 7) by their bearer token
			.addFilterBefore(new ClientTokenFilter(clients, json), BasicAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(json).accessDeniedHandler(json))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// the modeler's pages call this API from the browser with their form-login
			// session, which is read here but never created or changed; a write that
			// rides on that session must carry the page's CSRF token
			.securityContext(c -> c.securityContextRepository(new DelegatingSecurityContextRepository(
					new RequestAttributeSecurityContextRepository(), new SessionReadingContextRepository())))
			.csrf(c -> c.requireCsrfProtectionMatcher(SessionReadingContextRepository::isSessionWrite))
			.headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	@Bean
	@ConditionalOnWebApplication // not in the `audit verify` command line, which has no
									// web side
	@Order(2)
	SecurityFilterChain camundaWebappChain(HttpSecurity http) throws Exception {
		// the webapps bring their own CSRF token and content security policy; our form
		// login identifies the user
		http.securityMatcher(uri("/camunda/**", "/camunda-welcome/**", "/camunda-welcome"))
			.authorizeHttpRequests(a -> a
				.requestMatchers(uri(HttpMethod.POST, "/camunda/api/engine/engine/*/task/create",
						"/camunda/api/engine/engine/*/deployment/**"))
				.denyAll()
				// the admin webapp would manage users, groups and authorizations beside
				// our own administration;
				// its setup endpoint creates a first administrator without a login when
				// the engine has none
				.requestMatchers(uri("/camunda/app/admin/**", "/camunda/api/admin/setup/**"))
				.denyAll()
				// /camunda/api/admin/auth tells every webapp who is signed in; only
				// reading it and logging out
				.requestMatchers(uri(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout"))
				.hasAnyRole(ALL_ROLES)
				.requestMatchers(uri(HttpMethod.GET, "/camunda/api/admin/auth/**"))
				.hasAnyRole(ALL_ROLES)
				.requestMatchers(uri("/camunda/api/admin/**"))
				.denyAll()
				.requestMatchers(uri(HttpMethod.GET, WEBAPP_ENGINE_IDENTITY))
				.hasAnyRole(ALL_ROLES)
				.requestMatchers(uri(WEBAPP_ENGINE_IDENTITY))
				.denyAll()
				.requestMatchers(uri(HttpMethod.GET, "/**"))
				.hasAnyRole(ALL_ROLES)
				.anyRequest()
				.hasAnyRole(WRITING_ROLES))
			.exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
			.csrf(c -> c.ignoringRequestMatchers("/camunda/api/**"))
			.headers(h -> h.frameOptions(f -> f.sameOrigin()));
		return http.build();
	}

	@Bean
	@ConditionalOnWebApplication // not in the `audit verify` command line, which has no
									// web side
	@Order(3)
	SecurityFilterChain pageChain(HttpSecurity http, PageSecurityResponses pages) throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler toSavedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
		// /actuator/** and /v3/api-docs never get here: OperationsWebSecurity's chain
		// comes first
		http.authorizeHttpRequests(a -> a.requestMatchers(uri("/login", "/css/**", "/favicon.ico", "/error"))
			.permitAll()
			.requestMatchers(uri("/account/password", "/logout"))
			.authenticated()
			.requestMatchers(uri("/admin/users", "/admin/users/**", "/admin/clients", "/admin/clients/**"))
			.hasRole(Role.ADMIN.name())
			.requestMatchers(uri("/admin/**"))
			.hasAnyRole(Role.ADMIN.name(), Role.IT_SECURITY.name())
			.requestMatchers(uri("/regulations/imports/**"))
			.hasAnyRole(Role.QUALITY_MANAGER.name(), Role.ADMIN.name())
			// QA reviews a model change from its diff; everything else of the modeler is
			// the process owners'
			.requestMatchers(uri(HttpMethod.GET, "/modeler/drafts/*/diff"))
			.hasAnyRole(Role.PROCESS_OWNER.name(), Role.QUALITY_MANAGER.name())
			.requestMatchers(uri("/modeler", "/modeler/**"))
			.hasRole(Role.PROCESS_OWNER.name())
			.requestMatchers(uri(HttpMethod.GET, "/design/items/*/trace"))
			.hasAnyRole(DESIGN_TRACE_READERS)
			.requestMatchers(uri(HttpMethod.GET, "/reports/process-instances/**"))
			.hasAnyRole(DOSSIER_READERS)
			.requestMatchers(uri(HttpMethod.GET, "/reports", "/reports/**"))
			.hasAnyRole(REPORT_READERS)
			.requestMatchers(uri(HttpMethod.GET, "/deployments/**"))
			.hasAnyRole(DEPLOYMENT_HISTORY_READERS)
			.requestMatchers(uri(HttpMethod.GET, "/**"))
			.hasAnyRole(ALL_ROLES)
			.requestMatchers(uri(HttpMethod.POST, "/inspection/requests"))
			.hasRole(Role.INSPECTOR.name())
			.anyRequest()
			.hasAnyRole(WRITING_ROLES))
			.formLogin(f -> f.loginPage("/login").permitAll().successHandler((request, response, auth) -> {
				if (PasswordChange.required(auth)) {
					response.sendRedirect(request.getContextPath() + "/account/password");
				}
				else {
					toSavedRequest.onAuthenticationSuccess(request, response, auth);
				}
			}).failureHandler((request, response, e) -> {
				request.getSession().setAttribute("loginError", e.getMessage());
				response.sendRedirect(request.getContextPath() + "/login?error");
			}))
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.exceptionHandling(e -> e.accessDeniedHandler(pages))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'"))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
