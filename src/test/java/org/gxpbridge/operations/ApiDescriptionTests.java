package org.gxpbridge.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 16, API description: {@code GET /v3/api-docs} describes every {@code /api/**}
 * operation the server maps and nothing else, with HTTP Basic and the roles of each
 * operation, to signed-in users only.
 */
@GxpServerTest
class ApiDescriptionTests {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	BuildProperties build;

	@Test
	void refusesAnonymousCallers() {
		assertThat(Http.anonymous(port).get("/v3/api-docs").status()).isEqualTo(401);
		assertThat(Http.anonymous(port).get("/v3/api-docs.yaml").status()).isEqualTo(401);
	}

	@Test
	void describesEveryApiMappingAndNothingElse() {
		JsonNode paths = Http.as(port, "inspector").get("/v3/api-docs").json().get("paths");
		List<String> missing = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String path : info.getPatternValues()) {
				if (!path.startsWith("/api/")) {
					continue;
				}
				JsonNode described = paths.get(path.replaceAll("\\{([^}:]+):[^}]*}", "{$1}"));
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					if (described == null || described.get(method.name().toLowerCase(Locale.ROOT)) == null) {
						missing.add(method + " " + path + " (" + handler + ")");
					}
				}
			}
		});
		assertThat(missing).as("mapped but not described").isEmpty();
		assertThat(paths.size()).as("some operations").isGreaterThan(20);
		paths.fieldNames().forEachRemaining(p -> assertThat(p).as("only our API").startsWith("/api/"));
	}

	@Test
	void declaresHttpBasicAndTheRolesOfEveryOperation() {
		JsonNode doc = Http.as(port, "reviewer").get("/v3/api-docs").json();
		JsonNode scheme = doc.at("/components/securitySchemes/basicAuth");
		assertThat(scheme.get("type").asText()).isEqualTo("http");
		assertThat(scheme.get("scheme").asText()).isEqualTo("basic");
		assertThat(doc.at("/security/0").has("basicAuth")).as("required on every operation").isTrue();
		assertThat(doc.at("/paths/~1api~1admin~1users/get/x-gxp-roles").toString()).isEqualTo("[\"ADMIN\"]");
		doc.get("paths").forEach(path -> path.forEach(op -> {
			assertThat(op.get("x-gxp-roles")).as(op.toString()).isNotEmpty();
			assertThat(op.get("tags")).as(op.toString()).hasSize(1);
		}));
		List<String> tags = doc.get("tags").findValuesAsText("name");
		assertThat(tags).contains("security", "documents", "signature", "audittrail", "mail");
		doc.get("tags").forEach(tag -> assertThat(tag.get("description").asText()).contains("Roles"));
	}

	@Test
	void namesTheServerAndTheBuildVersion() {
		JsonNode info = Http.as(port, "reviewer").get("/v3/api-docs").json().get("info");
		assertThat(info.get("title").asText()).isEqualTo("GxP Bridge API");
		assertThat(info.get("version").asText()).isEqualTo(build.getVersion());
	}

}
