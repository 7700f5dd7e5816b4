package org.gxpbridge.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 5 over real HTTP: upload, read back, refuse hostile files, versions, roles,
 * tampering (P11-10a, P11-10d, A11-5).
 */
@GxpServerTest
class DocumentsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	DocumentClient as(String user) {
		return new DocumentClient(port, user);
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	int storedDocuments() {
		return jdbc.queryForObject("select count(*) from gxp_document", Integer.class)
				+ jdbc.queryForObject("select count(*) from gxp_document_content", Integer.class);
	}

	@Test
	void storesAPdfAndReturnsWhatTikaFoundThenGivesBackTheExactBytes() throws Exception {
		byte[] pdf = SampleFiles.pdf("SOP-014 Audit trail review", "Audit trail review per 21 CFR 11.10(e).",
				"Second page.");
		DocumentClient.Reply created = as("qm").upload("sop-014.pdf", pdf, Map.of("kind", "sop"));

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode doc = created.json();
		String id = doc.get("id").asText();
		assertThat(created.header("Location")).endsWith("/api/documents/" + id);
		assertThat(doc.get("sha256").asText()).isEqualTo(sha256(pdf));
		assertThat(doc.get("mediaType").asText()).isEqualTo("application/pdf");
		assertThat(doc.get("size").asLong()).isEqualTo(pdf.length);
		assertThat(doc.get("title").asText()).isEqualTo("SOP-014 Audit trail review");
		assertThat(doc.get("pages").asInt()).isEqualTo(2);
		assertThat(doc.get("kind").asText()).isEqualTo("SOP");
		assertThat(doc.get("version").asInt()).isEqualTo(1);
		assertThat(doc.get("uploadedBy").asText()).isEqualTo("qm");

		DocumentClient.Reply content = as("inspector").get("/api/documents/" + id + "/content");
		assertThat(content.status()).isEqualTo(200);
		assertThat(content.body()).isEqualTo(pdf);
		assertThat(content.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(content.header("Content-Disposition")).startsWith("attachment").contains("sop-014.pdf");
		assertThat(content.header("X-Content-SHA256")).isEqualTo(sha256(pdf));

		assertThat(as("inspector").get("/api/documents/" + id).json().get("sha256").asText()).isEqualTo(sha256(pdf));
		DocumentClient.Reply text = as("auditor").get("/api/documents/" + id + "/text");
		assertThat(text.header("Content-Type")).startsWith("text/plain");
		assertThat(text.text()).contains("Audit trail review per 21 CFR 11.10(e).").contains("Second page.");
		assertThat(Http.as(port, "auditor").get("/api/documents/" + id + "/text").body())
			.as("a client asking for JSON still gets the text")
			.contains("Second page.");
	}

	static List<SampleFiles.Format> formats() {
		return SampleFiles.formats("Evidence CAPA-2026-007 closed");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("formats")
	void acceptsEachSupportedFormatWithTypeFromContent(SampleFiles.Format file) {
		DocumentClient.Reply created = as("auditor").upload(file.name(), file.bytes());
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.json().get("mediaType").asText()).isEqualTo(file.mediaType());
		String id = created.json().get("id").asText();
		assertThat(as("auditor").get("/api/documents/" + id + "/text").text())
			.contains("Evidence CAPA-2026-007 closed");
	}

	static List<SampleFiles.Hostile> hostile() {
		return SampleFiles.hostileCorpus();
	}

	/**
	 * A11-5: data entering the system is checked; an invalid input is rejected and
	 * reported, nothing is half-stored.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("hostile")
	void refusesHostileOrBrokenFileWithJsonErrorAndStoresNothing(SampleFiles.Hostile file) {
		int before = storedDocuments();
		DocumentClient.Reply refused = as("itsec").upload(file.name(), file.bytes());
		assertThat(refused.status()).as(refused.text()).isEqualTo(file.status());
		assertThat(refused.json().get("error").asText()).isEqualTo(file.code());
		assertThat(refused.json().get("message").asText()).isNotBlank();
		assertThat(storedDocuments()).isEqualTo(before);
	}

	@Test
	void refusesAFileOverTheSizeLimitWith413() {
		byte[] justOver = new byte[20 * 1024 * 1024 + 1];
		Arrays.fill(justOver, (byte) 'a');
		DocumentClient.Reply refused = as("qm").upload("big.txt", justOver);
		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.json().get("error").asText()).isEqualTo("document_too_large");

		byte[] overMultipartLimit = new byte[21 * 1024 * 1024 + 100_000];
		DocumentClient.Reply container = as("qm").upload("bigger.txt", overMultipartLimit);
		assertThat(container.status()).isEqualTo(413);
		assertThat(container.json().get("error").asText()).isEqualTo("document_too_large");
	}

	@Test
	void refusesAnUploadWithoutFilePart() {
		DocumentClient.Reply refused = as("qm").upload(null, null, Map.of("title", "no file"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("error").asText()).isEqualTo("missing_file");
		Http.Response json = Http.as(port, "qm").post("/api/documents", Map.of("file", "not a file"));
		assertThat(json.status()).isEqualTo(400);
		assertThat(json.json().get("error").asText()).isEqualTo("malformed_multipart");
	}

	/**
	 * CHK-17 inspectors read everything and write nothing; CHK-16 administrators hold no
	 * rights over content.
	 */
	@Test
	void inspectorReadsDocumentsButMayNotUploadAndAdminMayNotUploadContent() {
		String id = as("qm").upload("note.txt", "readable by inspectors".getBytes(StandardCharsets.UTF_8))
			.json()
			.get("id")
			.asText();
		assertThat(as("inspector").get("/api/documents/" + id + "/text").text()).isEqualTo("readable by inspectors");

		DocumentClient.Reply inspector = as("inspector").upload("note.txt", "x".getBytes(StandardCharsets.UTF_8));
		assertThat(inspector.status()).isEqualTo(403);
		DocumentClient.Reply admin = as("admin").upload("note.txt", "x".getBytes(StandardCharsets.UTF_8));
		assertThat(admin.status()).isEqualTo(403);
		assertThat(admin.json().get("error").asText()).isEqualTo("forbidden");
		assertThat(new DocumentClient(port, "nobody").get("/api/documents/" + id).status()).isEqualTo(401);
	}

	/**
	 * P11-10e: changes never hide earlier values; 820.40 document control keeps
	 * superseded versions.
	 */
	@Test
	void newVersionIsANewDocumentThatSupersedesTheOldOneOnlyOnce() {
		String v1 = as("qm").upload("sop.txt", "version one".getBytes(StandardCharsets.UTF_8), Map.of("kind", "SOP"))
			.json()
			.get("id")
			.asText();
		JsonNode v2 = as("qm")
			.upload("sop.txt", "version two".getBytes(StandardCharsets.UTF_8), Map.of("supersedes", v1))
			.json();
		assertThat(v2.get("version").asInt()).isEqualTo(2);
		assertThat(v2.get("supersedes").asText()).isEqualTo(v1);
		assertThat(v2.get("kind").asText()).as("kind carries over").isEqualTo("SOP");
		assertThat(as("qm").get("/api/documents/" + v1).json().get("supersededBy").asText())
			.isEqualTo(v2.get("id").asText());
		assertThat(as("qm").get("/api/documents/" + v1 + "/text").text()).as("the old version is unchanged")
			.isEqualTo("version one");

		DocumentClient.Reply fork = as("qm").upload("sop.txt", "a fork".getBytes(StandardCharsets.UTF_8),
				Map.of("supersedes", v1));
		assertThat(fork.status()).isEqualTo(409);
		assertThat(fork.json().get("error").asText()).isEqualTo("already_superseded");
		DocumentClient.Reply unknown = as("qm").upload("sop.txt", "x".getBytes(StandardCharsets.UTF_8),
				Map.of("supersedes", "no-such-id"));
		assertThat(unknown.status()).isEqualTo(404);
		DocumentClient.Reply badKind = as("qm").upload("sop.txt", "x".getBytes(StandardCharsets.UTF_8),
				Map.of("kind", "recipe"));
		assertThat(badKind.json().get("error").asText()).isEqualTo("invalid_kind");
	}

	/**
	 * P11-10a / CHK-04: a record altered outside the application is detected and
	 * withheld, never served.
	 */
	@Test
	void detectsStoredBytesOrTextAlteredBehindTheServersBack() {
		byte[] original = SampleFiles.docx("Validation report", "All 42 test cases passed.");
		String id = as("qm").upload("vr.docx", original).json().get("id").asText();
		byte[] altered = original.clone();
		altered[altered.length / 2] ^= 0x01;
		jdbc.update("update gxp_document_content set content = ? where document_id = ?", altered, id);

		for (String path : List.of("", "/content", "/text", "/citations")) {
			DocumentClient.Reply r = as("inspector").get("/api/documents/" + id + path);
			assertThat(r.status()).as(path).isEqualTo(500);
			assertThat(r.json().get("error").asText()).as(path).isEqualTo("document_integrity_violation");
		}
		jdbc.update("update gxp_document_content set content = ? where document_id = ?", original, id);
		assertThat(as("inspector").get("/api/documents/" + id + "/content").body()).isEqualTo(original);

		String extracted = jdbc.queryForObject("select extracted_text from gxp_document where id = ?", String.class,
				id);
		jdbc.update("update gxp_document set extracted_text = ? where id = ?", "All 42 test cases failed.", id);
		DocumentClient.Reply text = as("inspector").get("/api/documents/" + id + "/text");
		assertThat(text.status()).isEqualTo(500);
		assertThat(text.json().get("message").asText()).contains("text");
		// put the sealed document row back: the server tests share one ledger
		jdbc.update("update gxp_document set extracted_text = ? where id = ?", extracted, id);
		assertThat(as("inspector").get("/api/documents/" + id + "/text").status()).isEqualTo(200);
	}

	@Test
	void unknownDocumentIs404() {
		DocumentClient.Reply r = as("qm").get("/api/documents/does-not-exist");
		assertThat(r.status()).isEqualTo(404);
		assertThat(r.json().get("error").asText()).isEqualTo("document_not_found");
	}

}
