package org.gxpbridge.modeling.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.gxpbridge.modeling.InvalidModelException;
import org.gxpbridge.modeling.ModelProblem;
import org.gxpbridge.modeling.ModelRejectedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused model answers like every API error plus the problems, each naming its
 * element, so the modeler marks them next to the element.
 */
@RestControllerAdvice(assignableTypes = { ModelDraftsApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModelingWeb {

	static final String HISTORY_READERS = "hasAnyRole('INSPECTOR','AUDITOR','QUALITY_MANAGER','PROCESS_OWNER')";

	@ExceptionHandler(InvalidModelException.class)
	ResponseEntity<Map<String, Object>> invalid(InvalidModelException e, HttpServletRequest request) {
		return body(400, e.code(), e.getMessage(), e.problems(), request);
	}

	@ExceptionHandler(ModelRejectedException.class)
	ResponseEntity<Map<String, Object>> rejected(ModelRejectedException e, HttpServletRequest request) {
		return body(422, e.code(), e.getMessage(), e.problems(), request);
	}

	private static ResponseEntity<Map<String, Object>> body(int status, String code, String message,
			List<ModelProblem> problems, HttpServletRequest request) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("timestamp", Instant.now());
		body.put("status", status);
		body.put("error", code);
		body.put("message", message);
		body.put("path", request.getRequestURI());
		body.put("problems", problems);
		return ResponseEntity.status(status).body(body);
	}

}
