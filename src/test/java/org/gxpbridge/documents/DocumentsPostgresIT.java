package org.gxpbridge.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.gxpbridge.support.PostgresServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production database: PostgreSQL full-text search, bytea storage and tamper
 * detection, all-or-nothing uploads.
 */
@Tag("shared-postgres")
class DocumentsPostgresIT {

	static ConfigurableApplicationContext server;
	static DocumentClient qm;
	static JdbcTemplate jdbc;

	@BeforeAll
	static void start() {
		server = PostgresServer.shared();
		server.getBean(Accounts.class)
			.createSeedAccount(new NewAccount("mkeller", "Maria Keller", "mkeller@gxp-bridge.test",
					Set.of(Role.QUALITY_MANAGER), "Quality-Pass-2026!", null), false, false);
		qm = new DocumentClient(PostgresServer.port(server), "mkeller", "Quality-Pass-2026!");
		jdbc = server.getBean(JdbcTemplate.class);
	}

	static String upload(String name, byte[] content, Map<String, String> fields) {
		DocumentClient.Reply r = qm.upload(name, content, fields);
		assertThat(r.status()).as(r.text()).isEqualTo(201);
		return r.json().get("id").asText();
	}

	static JsonNode search(String q) {
		return qm.get("/api/documents?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).json();
	}

	@Test
	void searchesWithPostgresFullTextStemmingPhrasesAndTitleWeight() {
		String validation = upload("vp.docx",
				SampleFiles.docx("Validation plan",
						"The system is validated against its user requirements. "
								+ "Audit trail review happens monthly."),
				Map.of("title", "Computer system validation plan"));
		String capa = upload("capa.pdf",
				SampleFiles.pdf("CAPA",
						"The audit found that the trail of the batch record was incomplete; validation pending."),
				Map.of());

		assertThat(search("validating").findValuesAsText("documentId")).as("english stemming")
			.contains(validation, capa);
		assertThat(search("validation").get(0).get("documentId").asText()).as("title words weigh more")
			.isEqualTo(validation);
		assertThat(search("\"audit trail\"").findValuesAsText("documentId")).as("phrase").containsExactly(validation);
		assertThat(search("audit -monthly").findValuesAsText("documentId")).as("exclusion").containsExactly(capa);
		assertThat(search("\"audit trail\"").get(0).get("snippet").asText()).contains("«Audit» «trail»");
		assertThat(search("or and & | !").isArray()).as("no query syntax can fail").isTrue();
	}

	@Test
	void indexesATextTooRichForOneTsvectorByItsBeginningInsteadOfFailing() {
		String tokens = IntStream.range(0, 150_000)
			.mapToObj(i -> "tok" + Integer.toString(i * 7919, 36))
			.collect(Collectors.joining(" "));
		String id = upload("inventory.txt", ("firstlexemeqx " + tokens).getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(search("firstlexemeqx").findValuesAsText("documentId")).containsExactly(id);
	}

	@Test
	void detectsAlteredByteaAndStoresNothingOfARefusedUpload() {
		byte[] pdf = SampleFiles.pdf("Risk file", "ISO 14971:2019 risk management file.");
		String id = upload("risk.pdf", pdf, Map.of());
		jdbc.update("update gxp_document_content set content = ? where document_id = ?", SampleFiles.truncated(pdf),
				id);
		try {
			DocumentClient.Reply r = qm.get("/api/documents/" + id + "/content");
			assertThat(r.status()).isEqualTo(500);
			assertThat(r.json().get("error").asText()).isEqualTo("document_integrity_violation");
		}
		finally {
			// put back: BackupRestoreDrillIT checks every stored document against its
			// hash
			jdbc.update("update gxp_document_content set content = ? where document_id = ?", pdf, id);
		}

		int before = jdbc.queryForObject("select count(*) from gxp_document", Integer.class);
		assertThat(qm.upload("bomb.docx", SampleFiles.zipBombDocx()).status()).isEqualTo(422);
		assertThat(jdbc.queryForObject("select count(*) from gxp_document", Integer.class)).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from gxp_document_content", Integer.class)).isEqualTo(before);
	}

	@Test
	void citationsCarryCatalogueIdsOnPostgresToo() {
		String id = upload("sop.md", SampleFiles.markdown("SOP", "Per 21 CFR 820.30 and IEC 62304 clause 5.1."),
				Map.of());
		JsonNode citations = qm.get("/api/documents/" + id + "/citations").json();
		assertThat(citations.findValuesAsText("frameworkId")).containsExactlyInAnyOrder("21-CFR-820", "IEC-62304");
		assertThat(qm.get("/api/regulations/frameworks").json().findValuesAsText("id")).contains("21-CFR-11",
				"NIST-CSF-2", "FDCA-524B");
	}

}
