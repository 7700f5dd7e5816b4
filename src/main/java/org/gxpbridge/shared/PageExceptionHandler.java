package org.gxpbridge.shared;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns a failure of an HTML page ({@code @Controller}) into the application's error page
 * ({@link ErrorPages}) with the status its kind has on the API. A refusal is logged as
 * one line with its code; only a real fault logs its stack trace, once, under a reference
 * the page shows. Ordered after {@link ApiExceptionHandler}, which answers every failure
 * of a {@code @RestController} first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	private final DatabaseOutages outages;

	/** Without the server's outage tracking (standalone tests). */
	PageExceptionHandler() {
		this(new DatabaseOutages());
	}

	@Autowired
	PageExceptionHandler(ObjectProvider<DatabaseOutages> outages) {
		this(outages.getIfAvailable(DatabaseOutages::new));
	}

	private PageExceptionHandler(DatabaseOutages outages) {
		this.outages = outages;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView refused(DomainException e, HttpServletRequest request) {
		int status = ErrorStatus.of(e);
		if (status >= 500) {
			return fault(e, request);
		}
		log.warn("Page {} {} refused: {} {} ({})", request.getMethod(), request.getRequestURI(), status, e.code(),
				e.getMessage());
		return page(status, e.getMessage(), e.code());
	}

	/**
	 * Method security's refusal goes back to Spring Security, which records it and
	 * answers 403 through the error page.
	 */
	@ExceptionHandler(AccessDeniedException.class)
	void denied(AccessDeniedException e) {
		throw e;
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
		if (outages.record(e, request.getMethod() + " " + request.getRequestURI(), true)) {
			// one WARN per outage (DatabaseOutages), not a stack trace per page
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
			return page(503, DatabaseOutage.MESSAGE + ".", DatabaseOutage.CODE);
		}
		int status = requestFault(e);
		if (status < 500) {
			log.warn("Page {} {} refused: {} ({})", request.getMethod(), request.getRequestURI(), status,
					e.getMessage());
			return page(status, ErrorPages.standardMessage(status), null);
		}
		return fault(e, request);
	}

	/** Spring MVC's own refusals of a malformed request keep their 4xx status. */
	private static int requestFault(Exception e) {
		if (e instanceof ErrorResponse response) {
			return response.getStatusCode().value();
		}
		if (e instanceof TypeMismatchException || e instanceof BindException
				|| e instanceof HttpMessageNotReadableException) {
			return 400;
		}
		return 500;
	}

	private static ModelAndView fault(Exception e, HttpServletRequest request) {
		String reference = UUID.randomUUID().toString();
		log.error("Page {} {} failed, reference {}", request.getMethod(), request.getRequestURI(), reference, e);
		int status = e instanceof DomainException d ? ErrorStatus.of(d) : 500;
		return page(status, ErrorPages.standardMessage(500) + " Reference: " + reference + ".", null);
	}

	private static ModelAndView page(int status, String message, String code) {
		return new ModelAndView(ErrorPages.VIEW, ErrorPages.model(status, message, code), HttpStatus.valueOf(status));
	}

}
