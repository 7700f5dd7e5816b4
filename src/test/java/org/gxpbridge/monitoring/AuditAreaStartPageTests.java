package org.gxpbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gxpbridge.support.FormSession.enc;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gxpbridge.support.FormSession;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The start page of InternalAuditProcess asks for the area once: the area's name is the
 * form field tagged as the business key (forms/audit-area-enrolment.form), so the page
 * has no separate business key field and the started instance carries the name as its
 * key.
 */
@GxpServerTest
class AuditAreaStartPageTests {

	static final String START = "/inbox/start/" + InternalAuditModel.PROCESS_KEY;

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Test
	void theAreaIsAskedOnceAndBecomesTheBusinessKeyOfTheStartedAudit() {
		String area = "Warehouse " + UUID.randomUUID().toString().substring(0, 6);
		FormSession qm = FormSession.signedIn(port, "qm", Http.DEMO_PASSWORD);
		String page = qm.get(START).body();
		assertThat(page).contains("areaName").doesNotContain("id=\"field-businessKey\"");

		HttpResponse<String> started = qm.postForm(START, START,
				"areaName=" + enc(area) + "&areaOwner=owner&areaRiskLevel=MEDIUM");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
		assertThat(started.headers().firstValue("Location").orElseThrow()).endsWith("/inbox");
		assertThat(qm.get("/inbox").body()).contains("for " + area);

		ProcessInstance pi = runtime.createProcessInstanceQuery()
			.processDefinitionKey(InternalAuditModel.PROCESS_KEY)
			.processInstanceBusinessKey(area)
			.singleResult();
		assertThat(pi).as("one audit of the area, keyed by its name").isNotNull();
		assertThat(runtime.getVariable(pi.getId(), InternalAuditModel.VAR_AREA_NAME)).isEqualTo(area);
	}

}
