package org.gxpbridge.audittrail.web;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.AuditQuery;
import org.gxpbridge.audittrail.VerificationReport;
import org.gxpbridge.audittrail.VerificationScope;
import org.gxpbridge.audittrail.internal.LegalHolds;
import org.gxpbridge.security.Role;
import org.gxpbridge.security.internal.WebAdapterTest;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit trail adapter alone (DESIGN.md §9, P11-10e, CHK-01/04/19): who reads the
 * whole trail, who places a legal hold, and how a bad time filter is answered. The ledger
 * itself is proved by the audittrail module and tampering tests.
 */
@WebAdapterTest({ AuditApi.class, LegalHoldApi.class })
@Verifies({ "A11-5", "URS-02" })
class AuditWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AuditLedger ledger;

	@MockitoBean
	LegalHolds holds;

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "QUALITY_MANAGER", "AUDITOR", "INSPECTOR", "IT_SECURITY", "ADMIN" })
	void auditReadersVerifyTheLedger(Role role) throws Exception {
		when(ledger.verify(eq(VerificationScope.INCREMENTAL), anyString()))
			.thenReturn(new VerificationReport(true, 42, 40, 2, 3, null, List.of(), 7, "INCREMENTAL", 30));
		mvc.perform(get("/api/audit/verify").with(as(role)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.mode").value("INCREMENTAL"))
			.andExpect(jsonPath("$.from").value(30))
			.andExpect(jsonPath("$.entries").value(42))
			.andExpect(jsonPath("$.sealedEntries").value(40))
			.andExpect(jsonPath("$.problems").isEmpty());
	}

	@Test
	void fullTrueAsksForAFullWalkOnBehalfOfTheUser() throws Exception {
		when(ledger.verify(eq(VerificationScope.FULL), anyString()))
			.thenReturn(new VerificationReport(true, 42, 40, 2, 3, null, List.of(), 7));
		mvc.perform(get("/api/audit/verify").param("full", "true").with(as(Role.INSPECTOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mode").value("FULL"))
			.andExpect(jsonPath("$.from").value(0))
			.andExpect(jsonPath("$.checkpoints").value(3));
		verify(ledger).verify(eq(VerificationScope.FULL), anyString());
		verify(ledger, never()).verify(eq(VerificationScope.INCREMENTAL), anyString());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "PROCESS_OWNER", "REVIEWER", "APPROVER" })
	void otherRolesDoNotReadTheWholeTrail(Role role) throws Exception {
		mvc.perform(get("/api/audit/entries").with(as(role)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("forbidden"));
		mvc.perform(get("/api/audit/bundle").with(as(role))).andExpect(status().isForbidden());
		verify(ledger, never()).entries(any());
	}

	@Test
	void entriesAreFilteredByInstanceUserAndUtcTimes() throws Exception {
		when(ledger.entries(any())).thenReturn(List.of());
		mvc.perform(get("/api/audit/entries").param("processInstanceId", "pi-1")
			.param("user", "qm")
			.param("from", "2026-11-21")
			.param("to", "2026-11-22T10:00:00Z")
			.param("limit", "5")
			.with(as(Role.INSPECTOR))).andExpect(status().isOk()).andExpect(jsonPath("$").isArray());
		ArgumentCaptor<AuditQuery> query = ArgumentCaptor.forClass(AuditQuery.class);
		verify(ledger).entries(query.capture());
		assertThat(query.getValue()).isEqualTo(new AuditQuery("pi-1", null, "qm", Instant.parse("2026-11-21T00:00:00Z"),
				Instant.parse("2026-11-22T10:00:00Z"), 5));
	}

	@Test
	void aTimeThatIsNotIsoIsA400NamingTheParameter() throws Exception {
		mvc.perform(get("/api/audit/entries").param("from", "21.11.2026").with(as(Role.AUDITOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("invalid_parameter"))
			.andExpect(jsonPath("$.message").value(containsString("'from'")));
		verify(ledger, never()).entries(any());
	}

	@Test
	void theBundleIsANdjsonDownload() throws Exception {
		mvc.perform(get("/api/audit/bundle").with(as(Role.INSPECTOR)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/x-ndjson"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"audit-bundle.jsonl\""));
		verify(ledger).exportBundle(any());
	}

	@Test
	void aQualityManagerPlacesALegalHoldInTheirOwnName() throws Exception {
		when(holds.place("pi-1", "litigation", "qm-1")).thenReturn("batch-1");
		mvc.perform(post("/api/audit/legal-holds/pi-1").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"litigation\"}")
			.with(as("qm-1", Role.QUALITY_MANAGER)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.held").value(true))
			.andExpect(jsonPath("$.removalTimeBatchId").value("batch-1"));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = "QUALITY_MANAGER", mode = EnumSource.Mode.EXCLUDE)
	void noOtherRolePlacesALegalHold(Role role) throws Exception {
		mvc.perform(post("/api/audit/legal-holds/pi-1").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"litigation\"}")
			.with(as(role))).andExpect(status().isForbidden()).andExpect(jsonPath("$.error").value("forbidden"));
		verify(holds, never()).place(anyString(), anyString(), anyString());
	}

}
