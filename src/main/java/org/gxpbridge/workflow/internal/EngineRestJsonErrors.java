package org.gxpbridge.workflow.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Engine REST error answers: malformed JSON gets a JSON error like every other failure (the Jackson provider's
 * default answers in plain text with parser internals), and our guards' refusals keep their status.
 */
@Component
class EngineRestJsonErrors implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(ParseErrors.class);
        config.register(MappingErrors.class);
        config.register(EngineRefusals.class);
        config.register(RestRefusals.class);
    }

    /**
     * The engine wraps an exception thrown by a task listener; a refusal by one of our guards must still reach the
     * client as what it is (403 with the guard's message), not as a 500.
     */
    static Response refusalOrDefault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CommandGuard.ReasonRequiredException missingReason) {
                return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("type", "ReasonForChangeRequired", "message", missingReason.getMessage())).build();
            }
            if (t instanceof AuthorizationException refusal) {
                return ExceptionHandlerHelper.getInstance().getResponse(refusal);
            }
            if (t instanceof org.camunda.bpm.engine.BadUserRequestException badInput && t != e) {
                // engine REST wraps a refused completion into a 500 "Cannot complete task"; it is the client's input
                return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("type", "InvalidRequestException", "message", badInput.getMessage())).build();
            }
            if (t instanceof NullValueException missing && missing.getMessage() != null && missing.getMessage().contains("Cannot find")) {
                return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("type", "NotFoundException", "message", missing.getMessage())).build();
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(e);
    }

    @Priority(1)
    public static class EngineRefusals implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException e) {
            return refusalOrDefault(e);
        }
    }

    @Priority(1)
    public static class RestRefusals implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException e) {
            return refusalOrDefault(e);
        }
    }

    static Response badRequest(String detail) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "InvalidRequestException", "message", "The request body is not valid JSON: " + detail))
                .build();
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
