package org.gxpbridge.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gxpbridge.support.SliceUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.gxpbridge.documents.DocumentContent;
import org.gxpbridge.documents.DocumentInfo;
import org.gxpbridge.documents.DocumentKind;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.Evidence;
import org.gxpbridge.documents.NewDocument;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.security.internal.WebAdapterTest;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The documents adapter alone (DESIGN.md §9): upload and evidence mapping, JSON errors
 * and who may call (CHK-16 administrators hold no rights over content, CHK-17 inspectors
 * only read). What the module does with a file is proved by DocumentsModuleTests and
 * DocumentsApiTests.
 */
@WebAdapterTest({ DocumentsApi.class, EvidenceApi.class })
@Verifies({ "A11-5", "URS-02" })
class DocumentsWebTests {

	static final DocumentInfo NOTE = new DocumentInfo("doc-1", "Note", DocumentKind.SOP, 1, "note.txt", "text/plain", 4,
			"ab12", null, "en", null, null, null, "qm", Instant.parse("2026-11-21T10:00:00Z"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Documents documents;

	@Autowired
	Accounts accounts;

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "INSPECTOR" }, mode = EnumSource.Mode.EXCLUDE)
	void everyContentRoleUploadsAndGetsTheNewDocumentsAddress(Role role) throws Exception {
		when(documents.upload(any(), any())).thenReturn(NOTE);
		mvc.perform(multipart("/api/documents").file(file("note.txt", "text"))
			.param("title", "Note")
			.param("kind", "sop")
			.with(as(role)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/documents/doc-1"))
			.andExpect(jsonPath("$.id").value("doc-1"))
			.andExpect(jsonPath("$.kind").value("SOP"))
			.andExpect(jsonPath("$.uploadedAt").value("2026-11-21T10:00:00Z"));
		ArgumentCaptor<NewDocument> sent = ArgumentCaptor.forClass(NewDocument.class);
		verify(documents).upload(sent.capture(), eq(role.name().toLowerCase() + "-user"));
		assertThat(sent.getValue().fileName()).isEqualTo("note.txt");
		assertThat(sent.getValue().content()).isEqualTo("text".getBytes(StandardCharsets.UTF_8));
		assertThat(sent.getValue().title()).isEqualTo("Note");
		assertThat(sent.getValue().kind()).isEqualTo(DocumentKind.SOP);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "INSPECTOR" })
	void administratorsAndInspectorsMayNotUploadAndTheRefusalIsRecorded(Role role) throws Exception {
		mvc.perform(multipart("/api/documents").file(file("note.txt", "x")).with(as(role)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("forbidden"))
			.andExpect(jsonPath("$.path").value("/api/documents"));
		verify(documents, never()).upload(any(), any());
		verify(accounts).recordAccessDenied(eq(role.name().toLowerCase() + "-user"), any(), eq("POST /api/documents"));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "INSPECTOR" })
	void administratorsAndInspectorsMayNotAttachEvidence(Role role) throws Exception {
		mvc.perform(post("/api/documents/doc-1/attachments").contentType(MediaType.APPLICATION_JSON)
			.content("{\"processInstanceId\":\"pi-1\"}")
			.with(as(role))).andExpect(status().isForbidden()).andExpect(jsonPath("$.error").value("forbidden"));
		verify(documents, never()).attach(anyString(), anyString(), any(), any());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleReadsADocumentsMetadata(Role role) throws Exception {
		when(documents.info("doc-1")).thenReturn(NOTE);
		mvc.perform(get("/api/documents/doc-1").with(as(role)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sha256").value("ab12"));
	}

	@Test
	void nobodySignedInGetsAJson401WithABasicChallenge() throws Exception {
		mvc.perform(get("/api/documents/doc-1"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(jsonPath("$.error").value("unauthorized"));
		mvc.perform(multipart("/api/documents").file(file("note.txt", "x")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("unauthorized"));
		verify(documents, never()).info(anyString());
		verify(documents, never()).upload(any(), any());
	}

	@Test
	void anUploadWithoutAFilePartOrNotMultipartIsA400SayingWhat() throws Exception {
		mvc.perform(multipart("/api/documents").param("title", "no file").with(as(Role.QUALITY_MANAGER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("missing_file"));
		mvc.perform(post("/api/documents").contentType(MediaType.APPLICATION_JSON)
			.content("{\"file\":\"not a file\"}")
			.with(as(Role.QUALITY_MANAGER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("malformed_multipart"));
		verify(documents, never()).upload(any(), any());
	}

	@Test
	void anUnknownKindIsA400BeforeTheModuleIsAsked() throws Exception {
		mvc.perform(multipart("/api/documents").file(file("sop.txt", "x"))
			.param("kind", "recipe")
			.with(as(Role.QUALITY_MANAGER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("invalid_kind"));
		verify(documents, never()).upload(any(), any());
	}

	@Test
	void theModulesRefusalsKeepTheirStatusAndCode() throws Exception {
		when(documents.info("nope"))
			.thenThrow(new NotFoundException("document_not_found", "There is no document nope"));
		mvc.perform(get("/api/documents/nope").with(as(Role.INSPECTOR)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("document_not_found"))
			.andExpect(jsonPath("$.message").value("There is no document nope"));
		when(documents.upload(any(), any()))
			.thenThrow(new ConflictException("already_superseded", "Document v1 is already superseded"));
		mvc.perform(multipart("/api/documents").file(file("sop.txt", "x"))
			.param("supersedes", "v1")
			.with(as(Role.QUALITY_MANAGER)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("already_superseded"));
	}

	@Test
	void contentIsAlwaysADownloadInASandboxWithItsHash() throws Exception {
		when(documents.content(eq("doc-1"), any()))
			.thenReturn(new DocumentContent(NOTE, "<script>x</script>".getBytes(StandardCharsets.UTF_8)));
		mvc.perform(get("/api/documents/doc-1/content").with(as(Role.INSPECTOR)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Security-Policy", "sandbox; default-src 'none'"))
			.andExpect(header().string("X-Content-SHA256", "ab12"));
	}

	@Test
	void textIsPlainTextEvenWhenJsonIsAsked() throws Exception {
		when(documents.text(eq("doc-1"), any())).thenReturn("readable by inspectors");
		mvc.perform(get("/api/documents/doc-1/text").accept(MediaType.APPLICATION_JSON).with(as(Role.INSPECTOR)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"));
	}

	@Test
	void searchWithoutAQueryIsA400() throws Exception {
		mvc.perform(get("/api/documents").with(as(Role.AUDITOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("invalid_parameter"));
	}

	@Test
	void attachingEvidenceNeedsAProcessInstanceAndAnswers201() throws Exception {
		mvc.perform(post("/api/documents/doc-1/attachments").contentType(MediaType.APPLICATION_JSON)
			.content("{\"taskId\":\"t-1\"}")
			.with(as(Role.PROCESS_OWNER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("invalid_request"))
			.andExpect(jsonPath("$.fieldErrors.processInstanceId").exists());
		when(documents.attach("doc-1", "pi-1", "t-1", "process_owner-user")).thenReturn(new Evidence("doc-1", "Note",
				"note.txt", "text/plain", 4, "ab12", "pi-1", "t-1", "owner", Instant.parse("2026-11-21T10:00:00Z")));
		mvc.perform(post("/api/documents/doc-1/attachments").contentType(MediaType.APPLICATION_JSON)
			.content("{\"processInstanceId\":\"pi-1\",\"taskId\":\"t-1\"}")
			.with(as(Role.PROCESS_OWNER)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/process-instances/pi-1/documents"))
			.andExpect(jsonPath("$.sha256").value("ab12"));
		when(documents.evidenceOf("pi-1")).thenReturn(List.of());
		mvc.perform(get("/api/process-instances/pi-1/documents").with(as(Role.INSPECTOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isArray());
	}

	private static MockMultipartFile file(String name, String text) {
		return new MockMultipartFile("file", name, "application/octet-stream", text.getBytes(StandardCharsets.UTF_8));
	}

}
