package org.gxpbridge.security.internal;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.gxpbridge.security.Account;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.SecurityEventType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a form-login session (our pages and the Camunda webapps) as soon as its account is
 * no longer active: locked, deactivated or past its access period. Asked of the database
 * on every request that brings a session, so it holds on every node of a cluster, and
 * runs before Spring Security, which then sees no login and asks for one (P11-300d,
 * P11-10d). HTTP Basic requests carry no session and are checked by their own login.
 */
@Configuration
@ConditionalOnWebApplication // not in the command lines (audit, admin), which have no
								// sessions
class LiveSessionCheck {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> liveSessionCheckFilter(AccountRepository repository, Accounts accounts,
			Clock clock) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Filter(repository, accounts, clock));
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
		registration.setName("liveSessionCheck");
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		private final AccountRepository repository;

		private final Accounts accounts;

		private final Clock clock;

		Filter(AccountRepository repository, Accounts accounts, Clock clock) {
			this.repository = repository;
			this.accounts = accounts;
			this.clock = clock;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			HttpSession session = request.getSession(false);
			Object stored = session == null ? null
					: session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			if (stored instanceof SecurityContext context && context.getAuthentication() != null
					&& context.getAuthentication().isAuthenticated()) {
				Authentication auth = context.getAuthentication();
				String userId = auth.getName();
				boolean active = repository.statusOf(userId)
					.filter((Account a) -> a.isActiveAt(clock.instant()))
					.isPresent();
				if (!active) {
					session.invalidate();
					accounts.recordSecurityEvent(SecurityEventType.SESSION_ENDED, userId, request.getRemoteAddr(),
							"live session ended: the account is no longer active (locked, deactivated or expired)",
							false);
				}
			}
			chain.doFilter(request, response);
		}

	}

}
