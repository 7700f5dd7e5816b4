package org.gxpbridge.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.gxpbridge.controls.DocumentApprovalModel;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CHK-04 on the engine's second route to a start: a form submitted through the form
 * service (engine REST {@code submit-form}) writes form-property rows into ACT_HI_DETAIL
 * beside the variable updates. Each of them is sealed like every other history row, so a
 * submitted form leaves the ledger intact and an edited property value is found.
 */
@GxpServerTest
@Verifies("CHK-04")
class FormPropertyHistoryTests {

	@Autowired
	FormService forms;

	@Autowired
	IdentityService identity;

	@Autowired
	RepositoryService repository;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFormSubmittedThroughTheFormServiceIsSealedPropertyByProperty() {
		String definition = repository.createProcessDefinitionQuery()
			.processDefinitionKey(DocumentApprovalModel.PROCESS_KEY)
			.latestVersion()
			.singleResult()
			.getId();
		String pi;
		identity.setAuthentication("owner", List.of("PROCESS_OWNER"));
		try {
			pi = forms
				.submitStartForm(definition, "SOP-FORM-1", Map.of("documentNumber", "SOP-FORM-1", "documentTitle",
						"Submitted as a form", "changeSummary", "first issue"))
				.getId();
		}
		finally {
			identity.clearAuthentication();
		}
		assertThat(jdbc.queryForObject(
				"select count(*) from ACT_HI_DETAIL where PROC_INST_ID_ = ? and TYPE_ = 'FormProperty'", Integer.class,
				pi))
			.as("the engine wrote form-property rows")
			.isPositive();
		ledger.seal();
		VerificationReport intact = ledger.verify();
		assertThat(intact.intact()).as(intact.describe()).isTrue();
		assertThat(ledger.entries(new AuditQuery(pi, null, null, null, null, 1000)))
			.anySatisfy(e -> assertThat(e.field() + "=" + e.newValue()).isEqualTo("documentTitle=Submitted as a form"));

		String id = jdbc.queryForObject("select ID_ from ACT_HI_DETAIL where PROC_INST_ID_ = ? and TYPE_ = "
				+ "'FormProperty' and NAME_ = 'documentTitle'", String.class, pi);
		jdbc.update("update ACT_HI_DETAIL set TEXT_ = 'Edited behind the engine' where ID_ = ?", id);
		try {
			VerificationReport broken = ledger.verify();
			assertThat(broken.intact()).isFalse();
			assertThat(broken.describe()).contains("ACT_HI_DETAIL row " + id);
		}
		finally {
			jdbc.update("update ACT_HI_DETAIL set TEXT_ = 'Submitted as a form' where ID_ = ?", id);
		}
	}

}
