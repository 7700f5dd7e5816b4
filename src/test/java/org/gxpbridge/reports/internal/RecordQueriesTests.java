package org.gxpbridge.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gxpbridge.controls.DocumentApprovalModel.PROCESS_KEY;
import static org.gxpbridge.controls.DocumentApprovalModel.REVIEW_ACCEPTED;
import static org.gxpbridge.controls.DocumentApprovalModel.VAR_CHANGE_SUMMARY;
import static org.gxpbridge.controls.DocumentApprovalModel.VAR_DOCUMENT_NUMBER;
import static org.gxpbridge.controls.DocumentApprovalModel.VAR_REVIEW_OUTCOME;
import static org.gxpbridge.controls.DocumentApprovalModel.VAR_TITLE;
import static org.gxpbridge.controls.DocumentApprovalModel.VAR_VERSION;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.reports.RecordSearch;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Signed in it" of the records rule comes from the signature module's API, not its
 * table: the module answers which records a person signed in, and the search finds a
 * record for a person whose only part in it is that answer.
 */
@GxpServerTest
class RecordQueriesTests {

	@Autowired
	Workflow workflow;

	@Autowired
	TaskService tasks;

	@Autowired
	Signatures signatures;

	@Autowired
	JdbcTemplate jdbc;

	String start(String number) {
		return workflow
			.start(PROCESS_KEY, number, Map.of(VAR_DOCUMENT_NUMBER, number, VAR_TITLE, "Signed records", VAR_VERSION,
					"1.0", VAR_CHANGE_SUMMARY, "first issue"), "owner")
			.processInstanceId();
	}

	@Test
	@Verifies({ "P11-10b", "CHK-06" })
	void theSignatureModuleAnswersWhichRecordsAPersonSignedIn() {
		String pi = start("SOP-SIG-" + UUID.randomUUID().toString().substring(0, 6));
		signatures
			.sign(new SignRequest(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(), "reviewer",
					Http.DEMO_PASSWORD, "REVIEWED", Map.of(VAR_REVIEW_OUTCOME, REVIEW_ACCEPTED), null, "127.0.0.1"));
		assertThat(signatures.processInstancesSignedBy("reviewer")).contains(pi);
		assertThat(signatures.processInstancesSignedBy("approver")).doesNotContain(pi);
	}

	@Test
	@Verifies({ "P11-10b", "CHK-06" })
	void findsARecordWhoseOnlyTieToThePersonIsTheirSignature() {
		String number = "SOP-SIG-" + UUID.randomUUID().toString().substring(0, 6);
		String pi = start(number);
		Signatures signedByItsec = mock(Signatures.class);
		when(signedByItsec.processInstancesSignedBy("itsec")).thenReturn(Set.of("some-other-instance", pi));
		RecordQueries queries = new RecordQueries(jdbc, signedByItsec);
		RecordSearch search = new RecordSearch(number, null, null, null, null, 0, 50);
		assertThat(queries.find(search, queries.participant("itsec"))).singleElement()
			.satisfies(r -> assertThat(r.processInstanceId()).isEqualTo(pi));
		assertThat(queries.count(search, queries.participant("itsec"))).isEqualTo(1);
		assertThat(queries.tookPart(pi, "itsec")).isTrue();

		RecordQueries unsigned = new RecordQueries(jdbc, mock(Signatures.class));
		assertThat(unsigned.count(search, unsigned.participant("itsec"))).as("no signature, no other part").isZero();
		assertThat(unsigned.tookPart(pi, "itsec")).isFalse();
		assertThat(unsigned.count(search, unsigned.participant("owner"))).as("the starter").isEqualTo(1);
	}

}
