package org.gxpbridge.security.internal;

import java.util.List;

import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.AuthenticationOutcome;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Spring Security's view of {@link Accounts}: form login and HTTP Basic both end here, so
 * both count toward lockout. A user whose password must change gets only
 * {@link #PASSWORD_CHANGE_REQUIRED} until they change it.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

	static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	private final Accounts accounts;

	AccountAuthenticationProvider(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String client = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
				: null;
		String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
		AuthenticationOutcome outcome = accounts.authenticate(authentication.getName(), password, "login", client);
		switch (outcome.result()) {
			case LOCKED -> throw new LockedException(outcome.message());
			case INACTIVE -> throw new DisabledException(outcome.message());
			case BAD_CREDENTIALS -> throw new BadCredentialsException(outcome.message());
			default -> {
			}
		}
		List<GrantedAuthority> authorities = outcome.passwordChangeRequired()
				? List.of(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED))
				: outcome.account()
					.roles()
					.stream()
					.map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
					.toList();
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken
			.authenticated(outcome.account().userId(), null, authorities);
		result.setDetails(authentication.getDetails());
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
