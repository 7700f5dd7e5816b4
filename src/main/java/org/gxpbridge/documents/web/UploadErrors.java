package org.gxpbridge.documents.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gxpbridge.shared.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Multipart failures happen before a controller is chosen, where the shared handler
 * (bound to controllers) does not apply; without this an oversized upload would end as an
 * HTML error page instead of a JSON error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadErrors {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ApiError> tooLarge(HttpServletRequest request) {
		return respond(HttpStatus.PAYLOAD_TOO_LARGE, "document_too_large", "The upload exceeds the server's size limit",
				request);
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
		return respond(HttpStatus.BAD_REQUEST, "missing_file",
				"The multipart part '" + e.getRequestPartName() + "' is missing", request);
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ApiError> malformed(HttpServletRequest request) {
		return respond(HttpStatus.BAD_REQUEST, "malformed_multipart",
				"Send the document as multipart/form-data with the file in a part named 'file'", request);
	}

	private static ResponseEntity<ApiError> respond(HttpStatus status, String code, String message,
			HttpServletRequest request) {
		return ResponseEntity.status(status).body(ApiError.of(status.value(), code, message, request.getRequestURI()));
	}

}
