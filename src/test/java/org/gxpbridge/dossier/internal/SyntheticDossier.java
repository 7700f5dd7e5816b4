package org.gxpbridge.dossier.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.audittrail.RecordProof;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.documents.Evidence;
import org.gxpbridge.dossier.RecordSummary;
import org.gxpbridge.dossier.process.ActivityLine;
import org.gxpbridge.dossier.process.EngineHistory;
import org.gxpbridge.dossier.process.VariableChange;
import org.gxpbridge.shared.TimeDisplay;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.signature.Signatures;

/**
 * A dossier's content made up in memory, without a server: a running record with two
 * signatures, a document, and {@code events} events (activities, variable changes and
 * audit entries in equal parts) generated one by one as the writer reads them, as the
 * engine history and ledger would page them. Values carry what a layout must survive:
 * long unbroken text, line breaks, Greek and Cyrillic, CJK and an emoji (no glyph in
 * DejaVu Sans).
 */
public final class SyntheticDossier {

	static final String NAME = "Renée Ångström-Øster";

	static final String SIGNED_AT = "2026-11-30 08:15:42 UTC (UTC+00:00)";

	static final String ODD_VALUE = "Ωμέγα проверка 洗浄バリデーション 🧪 done";

	private SyntheticDossier() {
	}

	public static DossierContent content(int events) {
		Instant t0 = Instant.parse("2026-11-30T08:00:00Z");
		int third = events / 3;
		RecordSummary record = new RecordSummary("pi-synthetic", "SOP-SYN-001", "Cleaning validation (synthetic)",
				"DocumentApprovalProcess:3:abc", "DocumentApprovalProcess", "Document approval", 3, "v3", "dep-1",
				"ACTIVE", true, t0, null, "owner");
		EngineHistory history = mock(EngineHistory.class);
		doAnswer(inv -> {
			Consumer<ActivityLine> each = inv.getArgument(1);
			for (int i = 0; i < third; i++) {
				Instant at = t0.plusSeconds(i);
				each.accept(new ActivityLine("ai-" + i, "Task_Step" + (i % 7), "Step " + (i % 7), "userTask",
						i % 5 == 0 ? null : "user" + (i % 11), at, i == third - 1 ? null : at.plusMillis(1500),
						i == third - 1 ? null : 1500L,
						i == third - 1 ? "RUNNING" : i % 9 == 0 ? "CANCELED" : "COMPLETED"));
			}
			return null;
		}).when(history).forEachActivity(anyString(), any());
		doAnswer(inv -> {
			Consumer<VariableChange> each = inv.getArgument(1);
			for (int i = 0; i < third; i++) {
				each.accept(new VariableChange("d-" + i, t0.plusSeconds(i), "benchValue" + (i % 100), "string",
						i % 2 == 0 ? null : "value " + (i - 1), value(i), NAME + " (owner)", "benchmark data",
						"ai-" + i, (long) i));
			}
			return null;
		}).when(history).forEachVariableChange(anyString(), any());
		when(history.waitingAt(anyString())).thenReturn(Set.of("Task_Step3"));
		AuditLedger ledger = mock(AuditLedger.class);
		int entries = events - 2 * third;
		doAnswer(inv -> {
			Consumer<AuditEntry> each = inv.getArgument(1);
			for (int i = 0; i < entries; i++) {
				each.accept(new AuditEntry(1000 + i, t0.plusSeconds(i), "owner", NAME, "OWNER", "VARIABLE_CHANGED",
						"Variable", "pi-synthetic", "pi-synthetic", "SOP-SYN-001", "benchValue" + (i % 100), null,
						value(i), "benchmark data", "127.0.0.1", null, "ACT_HI_DETAIL", "d-" + i, null, null,
						(long) (5000 + i), "c0ffee"));
			}
			return null;
		}).when(ledger).forEachEntryOfRecord(anyString(), any());
		when(ledger.proveRecord(anyString())).thenReturn(new RecordProof("pi-synthetic", true, entries, entries, 0, 12,
				List.of(5100L, 5200L), List.of(), List.of(), 42));
		Signatures signatures = mock(Signatures.class);
		when(signatures.forProcessInstance(anyString()))
			.thenReturn(List.of(signature("s-1", "reviewer", NAME, "REVIEWED", "Task_ReviewDocument"),
					signature("s-2", "approver", "Ada Approver", "APPROVED", "Task_ApproveDocument")));
		Documents documents = mock(Documents.class);
		when(documents.evidenceOf(anyString())).thenReturn(List.of(new Evidence("doc-1", "Cleaning SOP", "sop.pdf",
				"application/pdf", 12345, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
				"pi-synthetic", "t-1", "owner", t0)));
		return new DossierContent(record, history, ledger, signatures, documents, utc(), t0.plusSeconds(3600),
				"Ivy Inspector (inspector)");
	}

	// the real display (its constructor is the module's own)
	private static TimeDisplay utc() {
		try {
			Constructor<TimeDisplay> c = TimeDisplay.class.getDeclaredConstructor(String.class);
			c.setAccessible(true);
			return c.newInstance("UTC");
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String value(int i) {
		return switch (i % 50) {
			case 7 -> ODD_VALUE;
			case 13 -> "line one\nline two\twith tab and a control char \u0007";
			case 21 -> "x".repeat(400);
			case 33 -> "a long sentence that keeps going ".repeat(12);
			default -> "value " + i + " of bench variable " + (i % 100);
		};
	}

	private static SignatureView signature(String id, String signer, String name, String meaning, String step) {
		return new SignatureView(id, "task-" + id, step, "pi-synthetic", "SOP-SYN-001", signer, name, meaning,
				Instant.parse("2026-11-30T08:15:42Z"), "UTC", SIGNED_AT, "digest", "serial-1", "GOOD", true, false,
				"CMS signature verified against the server's certificate");
	}

}
