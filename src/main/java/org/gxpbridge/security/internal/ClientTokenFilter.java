package org.gxpbridge.security.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gxpbridge.security.IntegrationClient;
import org.gxpbridge.security.IntegrationClients;
import org.gxpbridge.security.web.JsonSecurityResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer gxpc_...} on {@code /api/**} and {@code /engine-rest/**}
 * (issue 16 item 7): the request runs as the registered client, with its granted roles
 * and the {@link IntegrationClient#AUTHORITY} marker; the engine filter behind the chain
 * then makes the client the engine's authenticated user with those roles as groups. An
 * ill-formed, unknown, revoked or expired token ends the request with a JSON 401 (the
 * refusal is a security event). Only in the API chain, which is stateless: a client never
 * gets a session, and the page chains know no bearer token. Not a bean, so that the
 * servlet container does not run it on every path.
 */
class ClientTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "bearer ";

	private final IntegrationClients clients;

	private final JsonSecurityResponses json;

	ClientTokenFilter(IntegrationClients clients, JsonSecurityResponses json) {
		this.clients = clients;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<IntegrationClient> client = clients.authenticate(header.substring(BEARER.length()).trim(),
				request.getRemoteAddr());
		if (client.isEmpty()) {
			SecurityContextHolder.clearContext();
			json.refuseClientToken(request, response);
			return;
		}
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(IntegrationClient.AUTHORITY));
		client.get().roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
		UsernamePasswordAuthenticationToken auth = UsernamePasswordAuthenticationToken
			.authenticated(client.get().principal(), null, authorities);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(auth);
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

}
