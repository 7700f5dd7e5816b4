package org.gxpbridge.regulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.gxpbridge.regulation.ApplicableFramework;
import org.gxpbridge.regulation.RegisterVersion;
import org.gxpbridge.shared.SignableRecord;
import org.junit.jupiter.api.Test;

/** What a signature over a register version covers. */
class RegisterRecordsTests {

	static final List<ApplicableFramework> ENTRIES = List.of(
			new ApplicableFramework("21-CFR-11", true, "electronic records", "QUALITY_MANAGER", "Compliance officer",
					null, "PROCESS_OWNER"),
			new ApplicableFramework("IEC-62443", false, "no industrial control systems", null, null, null, null));

	@Test
	void coversEveryEntryFieldButNotTheStatusThatApprovalChanges() {
		SignableRecord inReview = RegisterRecords
			.record(new RegisterVersion("AR-1", 3, "IN_REVIEW", ENTRIES, null, "pi-1", List.of()));
		SignableRecord approved = RegisterRecords
			.record(new RegisterVersion("AR-1", 3, "APPROVED", ENTRIES, Instant.now(), "pi-1", List.of("s1", "s2")));

		assertThat(inReview).isEqualTo(approved);
		assertThat(inReview.type()).isEqualTo("applicability-register");
		assertThat(inReview.version()).isEqualTo(3);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> entries = (List<Map<String, Object>>) inReview.content().get("entries");
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0)).containsEntry("frameworkId", "21-CFR-11")
			.containsEntry("applicable", true)
			.containsEntry("rationale", "electronic records")
			.containsEntry("accountable", "Compliance officer")
			.containsEntry("consulted", "")
			.doesNotContainValue(null);
	}

	@Test
	void aChangedEntryIsAnotherRecord() {
		SignableRecord signed = RegisterRecords
			.record(new RegisterVersion("AR-1", 3, "IN_REVIEW", ENTRIES, null, "pi-1", List.of()));
		List<ApplicableFramework> changed = List.of(ENTRIES.get(0),
				new ApplicableFramework("IEC-62443", true, "no industrial control systems", null, null, null, null));

		assertThat(
				RegisterRecords.record(new RegisterVersion("AR-1", 3, "IN_REVIEW", changed, null, "pi-1", List.of())))
			.isNotEqualTo(signed);
	}

}
