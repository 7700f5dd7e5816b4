package org.gxpbridge.dossier.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.gxpbridge.audittrail.RecordProof;
import org.gxpbridge.documents.Evidence;
import org.gxpbridge.dossier.RecordSummary;
import org.gxpbridge.shared.CsvCells;
import org.gxpbridge.signature.SignatureView;

/**
 * The dossier as one CSV table ({@link CsvCells}: RFC 4180, UTF-8, CRLF, formulas
 * neutralised), one row per fact, the section in the first column; times in UTC (ISO
 * 8601) with the displayed local time in {@code detail} where people need it. Streams row
 * by row.
 */
final class CsvDossier {

	static final String[] COLUMNS = { "section", "id", "time", "name", "who", "old_value", "new_value", "reason",
			"detail" };

	private CsvDossier() {
	}

	static void write(DossierContent c, OutputStream out) throws IOException {
		Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
		row(w, (Object[]) COLUMNS);
		RecordSummary r = c.record();
		row(w, "RECORD", r.processInstanceId(), r.startedAt(), r.processName(), r.startedBy(), null,
				r.inProgress() ? "in progress" : r.state(), null,
				"business key " + r.businessKey() + "; title " + r.title() + "; definition " + r.processDefinitionId()
						+ " (" + r.processKey() + " version " + r.version() + ", tag " + r.versionTag() + ")"
						+ "; ended " + (r.endedAt() == null ? "-" : r.endedAt()));
		row(w, "GENERATED", null, c.generatedAt(), "dossier", c.generatedBy(), null, null, null,
				c.show(c.generatedAt()));
		c.activities(a -> JsonDossier.io(() -> row(w, "ACTIVITY", a.activityInstanceId(), a.startedAt(), a.name(),
				a.who(), null, a.state(), null, a.activityId() + "; " + a.type() + "; ended "
						+ (a.endedAt() == null ? "-" : a.endedAt()) + "; duration ms " + a.durationMillis())));
		c.variableChanges(v -> JsonDossier.io(() -> row(w, "VARIABLE", v.detailId(), v.time(), v.variable(), v.who(),
				v.oldValue(), v.newValue(), v.reason(), "ledger seq " + v.ledgerSeq())));
		for (SignatureView s : c.signatures()) {
			row(w, "SIGNATURE", s.signatureId(), s.signedAt(), s.meaning(), s.printedName() + " (" + s.signerId() + ")",
					null, verdict(s), null, s.signedAtDisplay() + "; " + s.verificationDetail());
		}
		for (Evidence d : c.documents()) {
			row(w, "DOCUMENT", d.documentId(), d.attachedAt(), d.title(), d.attachedBy(), null, d.sha256(), null,
					d.fileName() + "; " + d.mediaType() + "; " + d.size() + " bytes");
		}
		c.auditEntries(e -> JsonDossier.io(() -> row(w, "AUDIT", Long.toString(e.seq()), e.recordedAt(), e.action(),
				e.actorName() + " (" + e.actorId() + ")", e.oldValue(), e.newValue(), e.reason(),
				e.objectType() + " " + e.objectId() + (e.field() == null ? "" : "; field " + e.field())
						+ (e.contentHash() == null ? "" : "; sha256 " + e.contentHash())
						+ (e.position() == null ? "; awaiting seal" : "; chain position " + e.position()))));
		RecordProof p = c.proof();
		row(w, "PROOF", null, null, p.intact() ? "INTACT" : "BROKEN", null, null, null, null,
				p.describe() + (p.problems().isEmpty() ? "" : "; " + String.join("; ", p.problems())));
		w.flush();
	}

	static String verdict(SignatureView s) {
		if (!Boolean.TRUE.equals(s.valid())) {
			return "INVALID";
		}
		return Boolean.TRUE.equals(s.recordChangedSinceSigning()) ? "VALID, record changed since signing" : "VALID";
	}

	private static void row(Writer w, Object... values) throws IOException {
		w.write(CsvCells.line(Arrays.asList(values)));
	}

}
