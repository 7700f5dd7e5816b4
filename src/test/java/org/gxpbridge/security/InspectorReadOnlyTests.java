package org.gxpbridge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * CHK-17: the inspector reads everything shown and every write is refused, and the
 * attempt is recorded.
 */
@GxpServerTest
@Verifies("CHK-17")
class InspectorReadOnlyTests {

	@LocalServerPort
	int port;

	@Test
	void inspectorReadsProcessDefinitionsHistoryAndTheDocumentRegister() {
		Http inspector = Http.as(port, "inspector");
		assertThat(inspector.get("/engine-rest/process-definition").status()).isEqualTo(200);
		assertThat(inspector.get("/engine-rest/history/process-instance").status()).isEqualTo(200);
		assertThat(inspector.get("/api/controlled-documents").status()).isEqualTo(200);
	}

	@Test
	void everyWriteByTheInspectorIsRefusedAndRecorded() {
		Http inspector = Http.as(port, "inspector");
		Http.Response start = inspector.post("/engine-rest/process-definition/key/DocumentApprovalProcess/start",
				Map.of());
		assertThat(start.status()).isEqualTo(403);
		assertThat(start.json().get("error").asText()).isEqualTo("forbidden");
		assertThat(inspector.put("/engine-rest/process-instance/any/variables/x", Map.of("value", 1)).status())
			.isEqualTo(403);
		assertThat(inspector.delete("/engine-rest/process-instance/any").status()).isEqualTo(403);
		assertThat(inspector.post("/api/admin/users", Map.of()).status()).isEqualTo(403);
		assertThat(Http.as(port, "itsec").get("/api/security/events?user=inspector").json().findValuesAsText("type"))
			.contains("ACCESS_DENIED");
	}

}
