package org.gxpbridge.shared;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The application's error page ({@code templates/error.html}, in the layout of every
 * other page): a headline and a short message a user can act on, never a stack trace.
 * Also Spring Boot's view for errors the servlet container reports itself (an unknown
 * page, a refusal by the URL rules), which would otherwise be Tomcat's bare page.
 */
@Component
public class ErrorPages implements ErrorViewResolver {

	public static final String VIEW = "error";

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	/**
	 * The model of the error page for a status and a message; the caller sets the status
	 * on the response.
	 */
	public static Map<String, Object> model(int status, String message, String code) {
		Map<String, Object> model = new HashMap<>();
		model.put("status", status);
		model.put("headline", headline(status));
		model.put("message", message);
		model.put("code", code);
		return model;
	}

	static String headline(int status) {
		return switch (status) {
			case 400 -> "This request cannot be read";
			case 403 -> "Not allowed";
			case 404 -> "Not found";
			case 409 -> "Already done";
			case 422 -> "Refused by a rule";
			case 503 -> "Temporarily unavailable";
			default -> status >= 500 ? "Something went wrong" : "Not possible";
		};
	}

	static String standardMessage(int status) {
		return switch (status) {
			case 403 -> "Your roles do not allow opening this page.";
			case 404 -> "There is no page at this address. It may have moved, or the link is mistyped.";
			default -> status >= 500
					? "The server could not complete the request; the failure is logged for the administrators."
					: "The request could not be completed.";
		};
	}

	/**
	 * Errors the container dispatches to {@code /error}: the stack trace of a 500, if
	 * any, was logged where it happened; a refusal or unknown page is one line.
	 */
	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (status.is4xxClientError()) {
			log.warn("Page error {} on {}", status.value(), path);
		}
		return new ModelAndView(VIEW, model(status.value(), standardMessage(status.value()), null), status);
	}

}
