package org.gxpbridge.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.gxpbridge.shared.DatabaseOutages;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What escapes everything behind the early filter (Spring Security reading the account
 * before any controller, the live-session check, the Camunda webapps' filters) is
 * answered 503 {@code database_unavailable} too: JSON for the APIs, a plain page for
 * people; any other failure passes through unchanged.
 */
@Verifies({ "A11-16" })
class DatabaseOutageFilterTests {

	private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

	private final DatabaseOutageFilter.Filter filter = new DatabaseOutageFilter.Filter(new DatabaseOutages(), json);

	/** Spring Security's HTTP Basic login when the account cannot be read. */
	private final FilterChain loginWithoutDatabase = (request, response) -> {
		throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));
	};

	@Test
	void answersTheApisWithTheJsonErrorContract() throws Exception {
		for (String path : new String[] { "/api/inbox", "/engine-rest/task",
				"/camunda/api/engine/engine/default/task" }) {
			MockHttpServletResponse response = run(request(path, "text/html"), loginWithoutDatabase);
			assertThat(response.getStatus()).as(path).isEqualTo(503);
			assertThat(response.getHeader("Retry-After")).isEqualTo("5");
			assertThat(response.getContentType()).startsWith("application/json");
			JsonNode body = json.readTree(response.getContentAsString());
			assertThat(body.path("error").asText()).isEqualTo("database_unavailable");
			assertThat(body.path("status").asInt()).isEqualTo(503);
			assertThat(body.path("path").asText()).isEqualTo(path);
		}
	}

	@Test
	void answersPeopleWithAPlainPage() throws Exception {
		MockHttpServletResponse response = run(request("/login", "text/html,application/xhtml+xml"),
				loginWithoutDatabase);
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getContentAsString()).contains("Temporarily unavailable", "database_unavailable")
			.doesNotContain("Exception");
	}

	@Test
	void letsEveryOtherFailurePass() {
		FilterChain bug = (request, response) -> {
			throw new IllegalStateException("a bug");
		};
		assertThatThrownBy(() -> run(request("/api/inbox", null), bug)).isInstanceOf(IllegalStateException.class);
		FilterChain servlet = (request, response) -> {
			throw new ServletException("not the database");
		};
		assertThatThrownBy(() -> run(request("/inbox", "text/html"), servlet)).isInstanceOf(ServletException.class);
	}

	private MockHttpServletResponse run(MockHttpServletRequest request, FilterChain chain) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}

	private static MockHttpServletRequest request(String path, String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		if (accept != null) {
			request.addHeader("Accept", accept);
		}
		return request;
	}

}
