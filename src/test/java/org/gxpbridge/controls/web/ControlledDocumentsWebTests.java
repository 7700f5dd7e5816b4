package org.gxpbridge.controls.web;

import static org.gxpbridge.support.SliceUsers.as;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.gxpbridge.controls.ControlledDocument;
import org.gxpbridge.controls.ControlledDocuments;
import org.gxpbridge.security.Role;
import org.gxpbridge.security.internal.WebAdapterTest;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The register of effective controlled documents, read by every role including inspectors
 * (CHK-17); nobody changes it over HTTP: only the approval process makes a document
 * effective.
 */
@WebAdapterTest(ControlledDocumentsApi.class)
@Verifies({ "A11-5", "URS-02" })
class ControlledDocumentsWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ControlledDocuments documents;

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleReadsTheRegister(Role role) throws Exception {
		when(documents.all()).thenReturn(List.of(new ControlledDocument("SOP-001", "2.0", "Cleaning", "EFFECTIVE",
				"owner", "pi-1", Instant.parse("2026-11-21T10:00:00Z"))));
		mvc.perform(get("/api/controlled-documents").with(as(role)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].documentNumber").value("SOP-001"))
			.andExpect(jsonPath("$[0].status").value("EFFECTIVE"))
			.andExpect(jsonPath("$[0].effectiveAt").value("2026-11-21T10:00:00Z"));
	}

	@Test
	void nobodySignedInGetsAJson401() throws Exception {
		mvc.perform(get("/api/controlled-documents"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("unauthorized"));
	}

	@Test
	void theRegisterCannotBeWrittenOverHttp() throws Exception {
		mvc.perform(post("/api/controlled-documents").with(as(Role.QUALITY_MANAGER)))
			.andExpect(status().isMethodNotAllowed());
		mvc.perform(post("/api/controlled-documents").with(as(Role.INSPECTOR)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("forbidden"));
	}

}
