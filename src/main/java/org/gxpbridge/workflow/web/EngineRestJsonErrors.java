package org.gxpbridge.workflow.web;

import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.gxpbridge.shared.DatabaseOutage;
import org.gxpbridge.shared.DatabaseOutages;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.ErrorStatus;
import org.gxpbridge.shared.ReasonForChange;
import org.gxpbridge.workflow.internal.ReasonRequiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Engine REST error answers, on both routes to the engine (/engine-rest and the webapps'
 * copy /camunda/api/engine): a refusal or a bad request is never a 500. Camunda answers
 * 500 for every engine exception it does not know (a task listener's refusal wrapped by
 * the engine, an optimistic lock, a claimed task, a suspended instance, an engine rule
 * such as "only timer jobs can be recalculated"); here each becomes 400/403/404/409/422
 * JSON that names the rule. What is left is a genuine server fault (database, I/O, a
 * bug): 500 with a reference into the log, and no exception text, SQL or stack trace for
 * the client.
 */
@Component
class EngineRestJsonErrors implements ResourceConfigCustomizer, ServletContextInitializer, Ordered {

	private static final Logger log = LoggerFactory.getLogger(EngineRestJsonErrors.class);

	/**
	 * Camunda's servlet name for the webapps' engine API (CamundaBpmWebappInitializer).
	 */
	static final String WEBAPP_ENGINE_API = "Engine Api";
	static final List<Class<?>> MAPPERS = List.of(ParseErrors.class, MappingErrors.class, EngineRefusals.class,
			RestRefusals.class, OtherErrors.class);

	private static final Pattern NOT_FOUND = Pattern.compile(
			"(?i).*(cannot find|could not find|not found|no \\w+( \\w+)? found|does not exist" + "|doesn't exist).*",
			Pattern.DOTALL);

	private static final Pattern TECHNICAL = Pattern
		.compile("(?is).*(ENGINE-03\\d{3}|SQL|JDBC|database|constraint|connection|" + "Exception while executing).*");

	/**
	 * The server's outage tracking; the mappers are made by Jersey (the webapps' servlet
	 * by class name), not by Spring, so they find it here.
	 */
	private static volatile DatabaseOutages outages = new DatabaseOutages();

	private final String webappPath;

	EngineRestJsonErrors(CamundaBpmProperties camunda, DatabaseOutages outages) {
		this.webappPath = camunda.getWebapp().getApplicationPath();
		EngineRestJsonErrors.outages = outages;
	}

	@Override
	public void customize(ResourceConfig config) {
		MAPPERS.forEach(config::register);
	}

	/**
	 * The webapps' engine API is Camunda's own JAX-RS application in its own servlet; its
	 * providers come from Camunda's list, so ours are added as the servlet's provider
	 * class names. Camunda registers the servlet only if none of that name exists, so
	 * whichever initializer runs first, the servlet ends up with our mappers.
	 */
	@Override
	public void onStartup(ServletContext context) {
		String providers = MAPPERS.stream().map(Class::getName).collect(Collectors.joining(","));
		ServletRegistration engineApi = context.getServletRegistration(WEBAPP_ENGINE_API);
		if (engineApi == null) {
			ServletRegistration.Dynamic created = context.addServlet(WEBAPP_ENGINE_API, ServletContainer.class);
			created.addMapping(webappPath + "/api/engine/*");
			created.setInitParameter("jakarta.ws.rs.Application",
					"org.camunda.bpm.webapp.impl.engine.EngineRestApplication");
			engineApi = created;
		}
		engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, providers);
		if (engineApi instanceof ServletRegistration.Dynamic dynamic) {
			// external-task fetchAndLock suspends the request; without async support
			// Tomcat fails it with a bare 500
			dynamic.setAsyncSupported(true);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * The first exception in the cause chain that says what was refused or wrong decides
	 * the answer.
	 */
	static Response toResponse(Throwable e) {
		if (outages.record(e, "engine REST", true)) {
			// Camunda's shape (type, message) with the code every other route answers an
			// outage with; one WARN per outage, no stack trace per request
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", "DatabaseUnavailable");
			body.put("message", DatabaseOutage.MESSAGE);
			body.put("error", DatabaseOutage.CODE);
			body.put("status", 503);
			return Response.status(503)
				.type(MediaType.APPLICATION_JSON_TYPE)
				.header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
				.entity(body)
				.build();
		}
		// the guard's missing-reason refusal wins wherever it sits: Camunda's resources
		// re-throw it wrapped in a 400 or
		// 500 RestException, sometimes with its message only
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof ReasonRequiredException || (t instanceof RestException && t.getMessage() != null
					&& t.getMessage().contains(ReasonForChange.HEADER + " header"))) {
				return json(422, "ReasonForChangeRequired", t.getMessage());
			}
		}
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof AuthorizationException || t instanceof MigrationPlanValidationException
					|| t instanceof MigratingProcessInstanceValidationException || t instanceof ParseException) {
				return ExceptionHandlerHelper.getInstance().getResponse(t);
			}
			if (t instanceof DomainException refused && ErrorStatus.of(refused) < 500) {
				return json(ErrorStatus.of(refused), refused.code(), refused.getMessage());
			}
			if (t instanceof OptimisticLockingException || t instanceof TaskAlreadyClaimedException
					|| t instanceof SuspendedEntityInteractionException) {
				return json(409, t.getClass().getSimpleName(), t.getMessage());
			}
			if (t instanceof NullValueException || t instanceof BadUserRequestException) {
				return json(notFound(t) ? 404 : 400, t.getClass().getSimpleName(), t.getMessage());
			}
			if (t instanceof RestException rest && rest.getStatus() != null && rest.getStatus().getStatusCode() < 500) {
				return json(rest.getStatus().getStatusCode(), t.getClass().getSimpleName(), rest.getMessage());
			}
			if (t instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
				return json(web.getResponse().getStatus(), t.getClass().getSimpleName(), t.getMessage());
			}
			if (t instanceof UnsupportedOperationException) {
				return json(403, "AuthorizationException",
						"Not available here: users, groups and tenants are managed in GxP Bridge's " + "account store ("
								+ t.getMessage() + ")");
			}
			if (t instanceof IllegalArgumentException || t instanceof NumberFormatException) {
				return json(400, "InvalidRequestException", t.getMessage());
			}
		}
		if (isEngineRule(e)) {
			// the engine refused the request by one of its rules (wrong state, wrong kind
			// of object, missing event):
			// the client can read and act on the message
			return json(422, "ProcessEngineException", ruleMessage(e));
		}
		String reference = UUID.randomUUID().toString();
		log.error("Engine REST request failed, reference {}", reference, e);
		return json(500, "ServerError",
				"The server could not complete the request. It is logged with reference " + reference + ".");
	}

	/**
	 * A ProcessEngineException (possibly wrapped by a RestException) whose causes are no
	 * technical fault. Camunda's resources often catch the engine's exception and throw
	 * {@code new RestException(500, e.getMessage())} without the cause: such a 500
	 * carries an engine rule's message unless the message itself names a database fault.
	 */
	private static boolean isEngineRule(Throwable e) {
		if (e instanceof RestException rest && e.getCause() == null && rest.getStatus() != null
				&& rest.getStatus().getStatusCode() >= 500) {
			return e.getMessage() != null && !TECHNICAL.matcher(e.getMessage()).matches();
		}
		boolean engine = false;
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException || t instanceof IOException || t instanceof Error
					|| t instanceof NullPointerException || t instanceof ClassCastException
					|| t.getClass().getName().startsWith("org.apache.ibatis")) {
				return false;
			}
			engine |= t instanceof ProcessEngineException;
		}
		return engine;
	}

	private static String ruleMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() instanceof ProcessEngineException && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage();
	}

	private static boolean notFound(Throwable t) {
		return t.getMessage() != null && NOT_FOUND.matcher(t.getMessage()).matches();
	}

	static Response json(int status, String type, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("message", message == null ? "Refused" : message);
		return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
	}

	static Response badRequest(String detail) {
		return json(400, "InvalidRequestException", "The request body is not valid JSON: " + detail);
	}

	@Priority(1)
	public static class EngineRefusals implements ExceptionMapper<ProcessEngineException> {

		@Override
		public Response toResponse(ProcessEngineException e) {
			return EngineRestJsonErrors.toResponse(e);
		}

	}

	@Priority(1)
	public static class RestRefusals implements ExceptionMapper<RestException> {

		@Override
		public Response toResponse(RestException e) {
			return EngineRestJsonErrors.toResponse(e);
		}

	}

	/**
	 * Anything else thrown while serving a request: unsupported identity writes, bad
	 * arguments, and genuine faults.
	 */
	@Priority(1)
	public static class OtherErrors implements ExceptionMapper<RuntimeException> {

		@Override
		public Response toResponse(RuntimeException e) {
			if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
				// JAX-RS's own answers (no such resource, method not allowed, unsupported
				// media type) keep their status
				return json(web.getResponse().getStatus(), e.getClass().getSimpleName(), e.getMessage());
			}
			return EngineRestJsonErrors.toResponse(e);
		}

	}

	@Priority(1)
	public static class ParseErrors implements ExceptionMapper<JsonParseException> {

		@Override
		public Response toResponse(JsonParseException e) {
			return badRequest(e.getOriginalMessage());
		}

	}

	@Priority(1)
	public static class MappingErrors implements ExceptionMapper<JsonMappingException> {

		@Override
		public Response toResponse(JsonMappingException e) {
			return badRequest("a value has the wrong type at '" + e.getPathReference() + "'");
		}

	}

}
