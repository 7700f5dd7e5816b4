package org.gxpbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 16: one classifier decides what a database outage is, and the shared handlers
 * answer it 503 {@code database_unavailable} with {@code Retry-After}, as JSON for the
 * API and as the error page for pages, with one WARN line per outage instead of a stack
 * trace per request. A full disk, a constraint violation or any other fault is not an
 * outage.
 */
@ExtendWith(OutputCaptureExtension.class)
@Verifies({ "A11-16", "A11-5" })
class DatabaseOutageTests {

	/** What Hikari throws when no connection comes within its connection timeout. */
	private static final SQLTransientConnectionException POOL_TIMEOUT = new SQLTransientConnectionException(
			"HikariPool-1 - Connection is not available, request timed out after 5000ms.", "08001",
			new SQLException("Connection to localhost:5432 refused.", "08001"));

	@Test
	void recognisesTheWaysTheDatabaseGoesAway() {
		assertThat(DatabaseOutage.isOutage(
				new CannotCreateTransactionException("Could not open JDBC Connection for transaction", POOL_TIMEOUT)))
			.as("Spring's transaction could not begin")
			.isTrue();
		assertThat(DatabaseOutage.isOutage(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")))
			.isTrue();
		assertThat(DatabaseOutage.isOutage(new SQLTransientConnectionException("pool timeout"))).isTrue();
		assertThat(DatabaseOutage
			.isOutage(new DataAccessResourceFailureException("select", new SQLException("I/O error", "08006"))))
			.as("the connection broke mid-statement (SQLSTATE class 08)")
			.isTrue();
		for (String state : new String[] { "57P01", "57P02", "57P03" }) {
			assertThat(DatabaseOutage.isOutage(new RuntimeException("wrapped", new SQLException("shutdown", state))))
				.as("the server is shutting down or starting (%s)", state)
				.isTrue();
		}
		assertThat(DatabaseOutage.isOutage(new ServletException("filter",
				new IllegalStateException("wrapped",
						new CannotCreateTransactionException("Could not open JDBC Connection for transaction")))))
			.as("through the filter chain's wrappers")
			.isTrue();
		assertThat(DatabaseOutage.isOutage(new IllegalStateException(
				"ENGINE-03004 Exception while executing Database Operation: ### Cause: java.sql."
						+ "SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out")))
			.as("an adapter that kept only the message (Camunda's REST resources)")
			.isTrue();
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		assertThat(DatabaseOutage
			.isOutage(new RuntimeException("An exception occurred in the persistence layer", rollback)))
			.as("the rollback on the connection Hikari evicted as broken (as seen when the database stopped)")
			.isTrue();
		TransactionSystemException hiding = new TransactionSystemException("JDBC rollback failed",
				new SQLException("rollback refused", "XX000"));
		hiding.initApplicationException(
				new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01")));
		assertThat(DatabaseOutage.isOutage(hiding)).as("a failed rollback hiding the outage that caused it").isTrue();
	}

	@Test
	void leavesEveryOtherFailureAlone() {
		assertThat(DatabaseOutage.isOutage(null)).isFalse();
		assertThat(DatabaseOutage.isOutage(new IllegalStateException("database gone"))).isFalse();
		assertThat(DatabaseOutage
			.isOutage(new DataIntegrityViolationException("dup", new SQLException("unique violation", "23505"))))
			.isFalse();
		assertThat(DatabaseOutage.isOutage(new RuntimeException(new SQLException("serialization", "40001")))).isFalse();
		assertThat(DatabaseOutage.isOutage(new DataAccessResourceFailureException("insert",
				new SQLException("could not extend file: No space left on device", "53100"))))
			.as("a full disk is 507 storage_full, not an outage")
			.isFalse();
		assertThat(DatabaseOutage.isOutage(new IOException("Broken pipe"))).as("a client that hung up").isFalse();
		RuntimeException cycle = new RuntimeException("a");
		RuntimeException other = new RuntimeException("b", cycle);
		cycle.initCause(other);
		assertThat(DatabaseOutage.isOutage(cycle)).as("a cause cycle ends").isFalse();
	}

	@Test
	void logsOneWarningPerOutageNotOnePerRequest(CapturedOutput log) {
		DatabaseOutages outages = new DatabaseOutages();
		assertThat(outages.record(new IllegalStateException("bug"), "GET /api/x", true)).isFalse();
		assertThat(outages.ongoing()).isFalse();
		for (int i = 0; i < 5; i++) {
			assertThat(outages.record(new CannotCreateTransactionException("no connection", POOL_TIMEOUT),
					"GET /api/inbox", true))
				.isTrue();
		}
		assertThat(outages.ongoing()).isTrue();
		assertThat(log.getOut().split("Database unreachable", -1)).as("one line for five refusals").hasSize(2);
		assertThat(log.getOut()).contains("WARN", "first noticed by GET /api/inbox", "cannot be recorded in the audit")
			.doesNotContain("\tat org.");
	}

	@Test
	void theApiAnswers503WithTheErrorContractAndRetryAfter(CapturedOutput log) throws Exception {
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new GoneApi())
			.setControllerAdvice(new PageExceptionHandler(), new ApiExceptionHandler())
			.setMessageConverters(new MappingJackson2HttpMessageConverter())
			.build();
		mvc.perform(get("/api/gone"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$.status").value(503))
			.andExpect(jsonPath("$.error").value("database_unavailable"))
			.andExpect(jsonPath("$.message").value(DatabaseOutage.MESSAGE))
			.andExpect(jsonPath("$.path").value("/api/gone"));
		assertThat(log.getOut()).doesNotContain("Unexpected failure").doesNotContain("\tat org.");
	}

	@Test
	void pagesShowTheErrorPageWith503(CapturedOutput log) throws Exception {
		MockMvc mvc = MockMvcBuilders.standaloneSetup(new GonePage())
			.setControllerAdvice(new PageExceptionHandler())
			.build();
		mvc.perform(get("/gone"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(view().name(ErrorPages.VIEW))
			.andExpect(model().attribute("headline", "Temporarily unavailable"))
			.andExpect(model().attribute("code", "database_unavailable"));
		assertThat(log.getOut()).doesNotContain("failed, reference").doesNotContain("\tat org.");
	}

	@RestController
	// inner classes, so no component scan (the server's, ControllerAccessTests') finds
	// them
	class GoneApi {

		@GetMapping("/api/gone")
		void gone() {
			throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction", POOL_TIMEOUT);
		}

	}

	@Controller
	class GonePage {

		@GetMapping("/gone")
		String gone() {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", POOL_TIMEOUT);
		}

	}

}
