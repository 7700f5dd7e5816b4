package org.gxpbridge.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Engine REST and the webapps' engine API (Camunda's JAX-RS, whose own mappers would
 * answer 500) answer a database outage 503 with the code every other route uses, in
 * Camunda's error shape; a genuine fault stays 500.
 */
@Verifies({ "A11-16" })
class EngineRestOutageTests {

	@Test
	void answersAnOutage503InEachWayTheEngineReportsIt() {
		SQLTransientConnectionException pool = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 5000ms.");
		expect503(new EngineRestJsonErrors.OtherErrors()
			.toResponse(new CannotCreateTransactionException("Could not open JDBC Connection for transaction", pool)));
		expect503(new EngineRestJsonErrors.EngineRefusals().toResponse(new ProcessEngineException(
				"ENGINE-03004 Exception while executing Database Operation", new RuntimeException(
						new SQLException("terminating connection due to administrator command", "57P01")))));
		// Camunda's resources often re-throw with the message only
		expect503(new EngineRestJsonErrors.RestRefusals().toResponse(new RestException(
				Response.Status.INTERNAL_SERVER_ERROR, "Could not open JDBC Connection for transaction")));
	}

	@Test
	void aGenuineFaultStays500() {
		Response r = new EngineRestJsonErrors.OtherErrors().toResponse(new NullPointerException("bug"));
		assertThat(r.getStatus()).isEqualTo(500);
	}

	private static void expect503(Response r) {
		assertThat(r.getStatus()).isEqualTo(503);
		assertThat(r.getHeaderString("Retry-After")).isEqualTo("5");
		@SuppressWarnings("unchecked")
		Map<String, Object> body = (Map<String, Object>) r.getEntity();
		assertThat(body).containsEntry("error", "database_unavailable")
			.containsEntry("type", "DatabaseUnavailable")
			.containsEntry("status", 503);
	}

}
