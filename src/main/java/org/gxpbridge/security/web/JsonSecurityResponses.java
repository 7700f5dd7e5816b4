package org.gxpbridge.security.web;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.CurrentUser;
import org.gxpbridge.security.internal.PasswordChange;
import org.gxpbridge.shared.ApiError;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * JSON 401 and 403 for {@code /api/**} and {@code /engine-rest/**}; a refused write is
 * recorded.
 */
@Component
public class JsonSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectMapper json;

	private final Accounts accounts;

	JsonSecurityResponses(ObjectMapper json, Accounts accounts) {
		this.json = json;
		this.accounts = accounts;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"GxP Bridge\"");
		String message = e.getMessage() == null || e.getMessage().startsWith("Full authentication")
				? "Authentication required: HTTP Basic with your user id and password" : e.getMessage();
		write(response, request, 401, "unauthorized", message);
	}

	/**
	 * 401 for a bearer token that is no active client's (already recorded as a security
	 * event); the same answer for unknown, revoked and expired, so it tells nothing.
	 */
	public void refuseClientToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer realm=\"GxP Bridge\", error=\"invalid_token\"");
		write(response, request, 401, "invalid_client_token",
				"The bearer token is not that of a registered, active integration client (unknown, expired or revoked)");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		boolean mustChange = PasswordChange.required(SecurityContextHolder.getContext().getAuthentication());
		String message = mustChange ? "Your password must be changed before anything else: POST /api/account/password"
				: "Your roles do not allow " + request.getMethod() + " " + request.getRequestURI();
		accounts.recordAccessDenied(CurrentUser.idOrSystem(), request.getRemoteAddr(),
				request.getMethod() + " " + request.getRequestURI());
		write(response, request, 403, mustChange ? "password_change_required" : "forbidden", message);
	}

	private void write(HttpServletResponse response, HttpServletRequest request, int status, String code,
			String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(response.getOutputStream(), ApiError.of(status, code, message, request.getRequestURI()));
	}

}
