package org.gxpbridge.security.internal;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Lets a page's script call our JSON API as the person signed in on that page: the
 * form-login session is read, never created or written, so an HTTP Basic client still
 * gets no session and cannot change someone's page login. {@link #isSessionWrite} tells
 * the API chain which requests must carry the page's CSRF token.
 */
final class SessionReadingContextRepository implements SecurityContextRepository {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	SessionReadingContextRepository() {
		sessions.setAllowSessionCreation(false);
	}

	/**
	 * A write that can only be authenticated by the browser's session cookie (no
	 * credentials of its own): the kind of request a foreign site could make a browser
	 * send.
	 */
	static boolean isSessionWrite(HttpServletRequest request) {
		// only HTTP Basic authenticates on this chain: any other Authorization header
		// (Bearer junk) would leave the session to authenticate the write
		String authorization = request.getHeader("Authorization");
		boolean ownCredentials = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
		return !SAFE_METHODS.contains(request.getMethod()) && !ownCredentials && request.getSession(false) != null;
	}

	@Override
	@Deprecated
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return sessions.loadDeferredContext(holder.getRequest()).get();
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		return sessions.loadDeferredContext(request);
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		// read only: the session belongs to the page login
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return sessions.containsContext(request);
	}

}
