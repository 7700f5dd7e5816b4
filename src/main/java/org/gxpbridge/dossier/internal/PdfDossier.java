package org.gxpbridge.dossier.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.RecordProof;
import org.gxpbridge.documents.Evidence;
import org.gxpbridge.dossier.RecordSummary;
import org.gxpbridge.dossier.process.ActivityLine;
import org.gxpbridge.dossier.process.VariableChange;
import org.gxpbridge.signature.SignatureView;

/**
 * PDF/A-3b written page by page with PDFBox, in one pass over the record's history: each
 * activity, variable change and audit entry read from its source goes onto the current
 * page and into the JSON attachment (a temporary file) at once, so time is linear in the
 * events and memory bounded by a page. PDFBox keeps page content in a temporary file, not
 * on the heap. The layout follows the HTML dossier: record facts, signatures with their
 * manifestations, attached documents, timeline, executed path, variable changes, the
 * audit trail with the ledger's proof. The diagram is not drawn: the PDF lists the
 * executed path. The attachment is compressed as it is written (the temporary file holds
 * the embedded stream's bytes), not read back and compressed at the end.
 */
final class PdfDossier {

	static final String ATTACHMENT = PdfArchive.ATTACHMENT;

	private static final float[] FACTS = { 0.22f, 0.78f };

	private static final float[] SIGNATURES = { 0.17f, 0.24f, 0.10f, 0.16f, 0.33f };

	private static final float[] DOCUMENTS = { 0.22f, 0.22f, 0.34f, 0.22f };

	private static final float[] TIMELINE = { 0.28f, 0.12f, 0.22f, 0.22f, 0.16f };

	private static final float[] VARIABLES = { 0.22f, 0.14f, 0.17f, 0.21f, 0.13f, 0.13f };

	private static final float[] AUDIT = { 0.05f, 0.22f, 0.13f, 0.15f, 0.12f, 0.13f, 0.10f, 0.10f };

	private PdfDossier() {
	}

	static void write(DossierContent c, OutputStream out) throws IOException {
		RecordSummary r = c.record();
		String label = HtmlDossier.label(r);
		Path json = Files.createTempFile("gxp-dossier-", ".json");
		try (PDDocument pdf = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
				PdfFonts fonts = new PdfFonts(pdf)) {
			Deflater deflater = new Deflater(PdfCanvas.LEVEL);
			Counting jsonOut = new Counting(new DeflaterOutputStream(Files.newOutputStream(json), deflater, 64 * 1024));
			try (jsonOut) {
				PdfPages pages = new PdfPages(pdf, fonts, label, r.inProgress(),
						"Generated " + c.show(c.generatedAt()) + " by " + c.generatedBy());
				try (pages; JsonDossier attachment = JsonDossier.open(c, jsonOut)) {
					head(c, pages);
					history(c, pages, attachment);
				}
				pages.stampPageNumbers();
			}
			finally {
				deflater.end();
			}
			PdfArchive.declare(pdf, "Dossier " + label, c.generatedBy(), c.generatedAt());
			PdfArchive.attach(pdf, json, jsonOut.count, c.generatedAt());
			fonts.subset();
			pdf.save(out);
		}
		finally {
			Files.deleteIfExists(json);
		}
	}

	/** What the record is, its signatures and documents: the short part, held. */
	private static void head(DossierContent c, PdfPages pages) throws IOException {
		RecordSummary r = c.record();
		pages.title(HtmlDossier.label(r));
		if (r.inProgress()) {
			pages.paragraph("In progress: this record is not closed; this copy shows it as it stood when generated.",
					PdfTone.WARNING, true);
		}
		pages.table(FACTS);
		pages.row(PdfTone.FACT, "Process", r.processName() + " (" + r.processKey() + ")");
		pages.row(PdfTone.FACT, "Model version",
				"version " + r.version() + (r.versionTag() == null ? "" : ", tag " + r.versionTag()) + ", definition "
						+ r.processDefinitionId() + ", deployment " + r.deploymentId());
		pages.row(PdfTone.FACT, "Business key", r.businessKey());
		pages.row(PdfTone.FACT, "Title", r.title());
		pages.row(PdfTone.FACT, "Process instance", r.processInstanceId());
		pages.row(PdfTone.FACT, "State", r.inProgress() ? "in progress (" + r.state() + ")" : r.state());
		pages.row(PdfTone.FACT, "Started",
				c.show(r.startedAt()) + (r.startedBy() == null ? "" : " by " + r.startedBy()));
		pages.row(PdfTone.FACT, "Ended", r.endedAt() == null ? "not yet" : c.show(r.endedAt()));
		pages.row(PdfTone.FACT, "Generated", c.show(c.generatedAt()) + " by " + c.generatedBy());
		pages.heading("Signatures");
		pages.table(SIGNATURES, "Printed name", "Date and time", "Meaning", "Step", "Verification now");
		for (SignatureView s : c.signatures()) {
			pages.row(PdfTone.SIGNATURE, s.printedName() + " (" + s.signerId() + ")", s.signedAtDisplay(), s.meaning(),
					s.taskDefinitionKey(), CsvDossier.verdict(s) + ": " + s.verificationDetail());
		}
		if (c.signatures().isEmpty()) {
			pages.row(PdfTone.INK, "No signature.", "", "", "", "");
		}
		pages.heading("Attached documents");
		pages.table(DOCUMENTS, "Title", "File", "SHA-256", "Attached");
		for (Evidence d : c.documents()) {
			pages.row(PdfTone.INK, d.title(), d.fileName() + " (" + d.mediaType() + ", " + d.size() + " bytes)",
					d.sha256(), c.show(d.attachedAt()) + " by " + d.attachedBy());
		}
		if (c.documents().isEmpty()) {
			pages.row(PdfTone.INK, "No document attached.", "", "", "");
		}
	}

	/** Timeline, path, variable changes and audit entries: the long part, streamed. */
	private static void history(DossierContent c, PdfPages pages, JsonDossier json) throws IOException {
		Map<String, String> path = new LinkedHashMap<>();
		pages.heading("Timeline");
		pages.table(TIMELINE, "Activity", "Who", "Started", "Ended", "Duration");
		c.activities(a -> JsonDossier.io(() -> {
			json.activity(a);
			path.merge(a.activityId(), a.name() == null ? a.activityId() : a.name(), (old, now) -> old);
			pages.row(tone(a), (a.name() == null ? a.activityId() : a.name()) + " [" + a.type() + "]", a.who(),
					c.show(a.startedAt()), a.endedAt() == null ? a.state().toLowerCase() : c.show(a.endedAt()),
					a.durationMillis() == null ? "" : HtmlDossier.duration(a.durationMillis()));
		}));
		json.endActivities();
		pages.heading("Executed path");
		pages.paragraph(
				String.join(" → ", path.values())
						+ (c.waitingAt().isEmpty() ? "" : " (waiting at " + String.join(", ", c.waitingAt()) + ")"),
				PdfTone.INK, false);
		pages.heading("Variable changes");
		pages.table(VARIABLES, "Time", "Variable", "Old value", "New value", "Who", "Reason");
		c.variableChanges(v -> JsonDossier.io(() -> {
			json.variableChange(v);
			pages.row(PdfTone.INK, variableCells(c, v));
		}));
		json.endVariableChanges();
		RecordProof p = c.proof();
		pages.heading("Audit trail of this record");
		pages.paragraph("Ledger proof: " + p.describe(), p.intact() ? PdfTone.INTACT : PdfTone.BROKEN, false);
		for (String problem : p.problems()) {
			pages.paragraph("• " + problem, PdfTone.BROKEN, false);
		}
		pages.table(AUDIT, "Seq", "Time", "Who", "What", "Old", "New", "Reason", "Chain");
		c.auditEntries(e -> JsonDossier.io(() -> {
			json.auditEntry(e);
			boolean broken = p.brokenEntries().contains(e.seq());
			pages.row(broken ? PdfTone.BROKEN : PdfTone.INK, auditCells(c, e, broken));
		}));
	}

	/** Counts the bytes written through it (the attachment's size before compression). */
	private static final class Counting extends FilterOutputStream {

		long count;

		Counting(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
			count += len;
		}

	}

	private static PdfTone tone(ActivityLine a) {
		return switch (a.state()) {
			case "RUNNING" -> PdfTone.RUNNING;
			case "CANCELED" -> PdfTone.CANCELED;
			default -> PdfTone.INK;
		};
	}

	// A11-8: a value that replaced an earlier one is marked as changed after entry
	private static String[] variableCells(DossierContent c, VariableChange v) {
		return new String[] { c.show(v.time()), v.variable(), v.oldValue(),
				v.oldValue() == null ? v.newValue() : v.newValue() + " [changed after entry]",
				v.who() == null ? "no ledger entry" : v.who(), v.reason() };
	}

	private static String[] auditCells(DossierContent c, AuditEntry e, boolean broken) {
		return new String[] { Long.toString(e.seq()), c.show(e.recordedAt()), e.actorName() + " (" + e.actorId() + ")",
				e.action() + " " + e.objectType() + (e.field() == null ? "" : " " + e.field()), e.oldValue(),
				e.newValue(), e.reason(),
				broken ? "BROKEN" : e.position() == null ? "awaiting seal" : "position " + e.position() };
	}

}
