package org.gxpbridge.shared;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of a REST controller into an {@link ApiError}; a stack trace never
 * leaves the server.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0) // before PageExceptionHandler, whose selector (@Controller) matches REST
			// controllers too
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final DatabaseOutages outages;

	/** Without the server's outage tracking (standalone tests). */
	ApiExceptionHandler() {
		this(new DatabaseOutages());
	}

	@Autowired
	ApiExceptionHandler(ObjectProvider<DatabaseOutages> outages) {
		this(outages.getIfAvailable(DatabaseOutages::new));
	}

	private ApiExceptionHandler(DatabaseOutages outages) {
		this.outages = outages;
	}

	/**
	 * A module's refusal: its kind chooses the status ({@link ErrorStatus}), its code and
	 * message go to the client unchanged.
	 */
	@ExceptionHandler(DomainException.class)
	ResponseEntity<ApiError> refused(DomainException e, HttpServletRequest request) {
		return respond(ErrorStatus.of(e), e.code(), e.getMessage(), request, Map.of());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
		return respond(400, "malformed_request", "The request body is not valid JSON of the expected shape", request,
				Map.of());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
		Map<String, String> fields = new LinkedHashMap<>();
		e.getBindingResult().getFieldErrors().forEach(f -> fields.putIfAbsent(f.getField(), f.getDefaultMessage()));
		return respond(400, "invalid_request", "Some fields are missing or invalid", request, fields);
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<ApiError> badParameter(Exception e, HttpServletRequest request) {
		return respond(400, "invalid_parameter", e.getMessage(), request, Map.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
		return respond(405, "method_not_allowed", e.getMessage(), request, Map.of());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
		return respond(415, "unsupported_media_type", e.getMessage(), request, Map.of());
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ApiError> notFound(NoResourceFoundException e, HttpServletRequest request) {
		return respond(404, "not_found", "No such resource", request, Map.of());
	}

	/**
	 * Method security's refusal (the second lock behind the URL rules) goes back to
	 * Spring Security, which answers it like a URL-level refusal (403 JSON) and records
	 * it; caught here it would become a 500.
	 */
	@ExceptionHandler(AccessDeniedException.class)
	void denied(AccessDeniedException e) {
		throw e;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
		if (outages.record(e, request.getMethod() + " " + request.getRequestURI(), true)) {
			// one WARN per outage (DatabaseOutages), not a stack trace per request
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
				.body(ApiError.of(503, DatabaseOutage.CODE, DatabaseOutage.MESSAGE, request.getRequestURI()));
		}
		log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
		return respond(500, "internal_error",
				"The server could not complete the request; the failure is logged for the administrators", request,
				Map.of());
	}

	private static ResponseEntity<ApiError> respond(int status, String code, String message, HttpServletRequest request,
			Map<String, String> fields) {
		ApiError body = new ApiError(Instant.now(), status, code, message, request.getRequestURI(), fields);
		return ResponseEntity.status(HttpStatus.valueOf(status)).body(body);
	}

}
