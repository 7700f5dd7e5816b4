package org.gxpbridge.security.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gxpbridge.security.internal.PasswordChange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * A page the user's roles do not allow: the application's 403 error page (rendered by
 * {@code shared.ErrorPages}), or the password change for a session granted for nothing
 * else.
 */
@Component
public class PageSecurityResponses implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		if (PasswordChange.required(SecurityContextHolder.getContext().getAuthentication())) {
			response.sendRedirect(request.getContextPath() + "/account/password");
		}
		else {
			response.sendError(HttpServletResponse.SC_FORBIDDEN, "Your roles do not allow this");
		}
	}

}
