package org.gxpbridge.dossier.internal;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gxpbridge.audittrail.RecordProof;
import org.gxpbridge.documents.Evidence;
import org.gxpbridge.dossier.RecordSummary;
import org.gxpbridge.signature.SignatureView;

/**
 * The human-readable dossier as well-formed XHTML, written as it is read: the page shows
 * its body, the HTML export is the whole document. The PDF (PdfDossier) follows the same
 * layout.
 */
final class HtmlDossier {

	private HtmlDossier() {
	}

	static void document(DossierContent c, Writer w) throws IOException {
		RecordSummary r = c.record();
		w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
				+ "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/><title>");
		text(w, "Dossier " + label(r));
		w.write("</title><meta name=\"subject\" content=\"Process-history dossier\"/><meta name=\"author\" content=\"");
		text(w, c.generatedBy());
		w.write("\"/><style>");
		w.write(DossierStyle.CSS);
		w.write("</style></head><body>");
		body(c, w);
		w.write("</body></html>\n");
		w.flush();
	}

	static void body(DossierContent c, Writer w) throws IOException {
		RecordSummary r = c.record();
		w.write("<div class=\"dossier\"><h1>");
		text(w, label(r));
		w.write("</h1>");
		if (r.inProgress()) {
			w.write("<p class=\"in-progress\" id=\"in-progress\">In progress: this record is not closed; "
					+ "this copy shows it as it stood when generated.</p>");
		}
		w.write("<table class=\"facts\" id=\"record\">");
		fact(w, "Process", r.processName() + " (" + r.processKey() + ")");
		fact(w, "Model version", "version " + r.version() + (r.versionTag() == null ? "" : ", tag " + r.versionTag())
				+ ", definition " + r.processDefinitionId() + ", deployment " + r.deploymentId());
		fact(w, "Business key", r.businessKey());
		fact(w, "Title", r.title());
		fact(w, "Process instance", r.processInstanceId());
		fact(w, "State", r.inProgress() ? "in progress (" + r.state() + ")" : r.state());
		fact(w, "Started", c.show(r.startedAt()) + (r.startedBy() == null ? "" : " by " + r.startedBy()));
		fact(w, "Ended", r.endedAt() == null ? "not yet" : c.show(r.endedAt()));
		fact(w, "Generated", c.show(c.generatedAt()) + " by " + c.generatedBy());
		w.write("</table>");
		signatures(c, w);
		documents(c, w);
		Map<String, String> path = new LinkedHashMap<>();
		w.write("<h2>Timeline</h2><table id=\"timeline\"><thead><tr><th>Activity</th><th>Who</th><th>Started</th>"
				+ "<th>Ended</th><th>Duration</th></tr></thead><tbody>");
		c.activities(a -> JsonDossier.io(() -> {
			path.merge(a.activityId(), a.name() == null ? a.activityId() : a.name(), (old, now) -> old);
			w.write("<tr data-activity=\"");
			text(w, a.activityId());
			w.write("\" class=\"" + a.state().toLowerCase() + "\">");
			cells(w, (a.name() == null ? a.activityId() : a.name()) + " [" + a.type() + "]", a.who(),
					c.show(a.startedAt()), a.endedAt() == null ? a.state().toLowerCase() : c.show(a.endedAt()),
					a.durationMillis() == null ? "" : duration(a.durationMillis()));
			w.write("</tr>");
		}));
		w.write("</tbody></table><h2>Executed path</h2><p id=\"path\" data-waiting=\"");
		text(w, String.join(" ", c.waitingAt()));
		w.write("\">");
		text(w, String.join(" → ", path.values()));
		if (!c.waitingAt().isEmpty()) {
			text(w, " (waiting at " + String.join(", ", c.waitingAt()) + ")");
		}
		w.write("</p><h2>Variable changes</h2><table id=\"variables\"><thead><tr><th>Time</th><th>Variable</th>"
				+ "<th>Old value</th><th>New value</th><th>Who</th><th>Reason</th></tr></thead><tbody>");
		c.variableChanges(v -> JsonDossier.io(() -> {
			w.write("<tr>");
			// A11-8: a value that replaced an earlier one is marked as changed after
			// entry
			cells(w, c.show(v.time()), v.variable(), v.oldValue(),
					v.oldValue() == null ? v.newValue() : v.newValue() + " [changed after entry]",
					v.who() == null ? "no ledger entry" : v.who(), v.reason());
			w.write("</tr>");
		}));
		w.write("</tbody></table>");
		audit(c, w);
		w.write("</div>");
	}

	private static void signatures(DossierContent c, Writer w) throws IOException {
		w.write("<h2>Signatures</h2><table id=\"signatures\"><thead><tr><th>Printed name</th><th>Date and time</th>"
				+ "<th>Meaning</th><th>Step</th><th>Verification now</th></tr></thead><tbody>");
		for (SignatureView s : c.signatures()) {
			w.write("<tr class=\"signature\">");
			cells(w, s.printedName() + " (" + s.signerId() + ")", s.signedAtDisplay(), s.meaning(),
					s.taskDefinitionKey(), CsvDossier.verdict(s) + ": " + s.verificationDetail());
			w.write("</tr>");
		}
		if (c.signatures().isEmpty()) {
			w.write("<tr><td colspan=\"5\">No signature.</td></tr>");
		}
		w.write("</tbody></table>");
	}

	private static void documents(DossierContent c, Writer w) throws IOException {
		w.write("<h2>Attached documents</h2><table id=\"documents\"><thead><tr><th>Title</th><th>File</th>"
				+ "<th>SHA-256</th><th>Attached</th></tr></thead><tbody>");
		for (Evidence d : c.documents()) {
			w.write("<tr>");
			cells(w, d.title(), d.fileName() + " (" + d.mediaType() + ", " + d.size() + " bytes)", d.sha256(),
					c.show(d.attachedAt()) + " by " + d.attachedBy());
			w.write("</tr>");
		}
		if (c.documents().isEmpty()) {
			w.write("<tr><td colspan=\"4\">No document attached.</td></tr>");
		}
		w.write("</tbody></table>");
	}

	private static void audit(DossierContent c, Writer w) throws IOException {
		RecordProof p = c.proof();
		w.write("<h2>Audit trail of this record</h2><p id=\"proof\" class=\"" + (p.intact() ? "intact" : "broken")
				+ "\">");
		text(w, "Ledger proof: " + p.describe());
		w.write("</p>");
		if (!p.problems().isEmpty()) {
			w.write("<ul class=\"problems\">");
			for (String problem : p.problems()) {
				w.write("<li>");
				text(w, problem);
				w.write("</li>");
			}
			w.write("</ul>");
		}
		w.write("<table id=\"audit\"><thead><tr><th>Seq</th><th>Time</th><th>Who</th><th>What</th><th>Old</th>"
				+ "<th>New</th><th>Reason</th><th>Chain</th></tr></thead><tbody>");
		c.auditEntries(e -> JsonDossier.io(() -> {
			w.write(p.brokenEntries().contains(e.seq()) ? "<tr class=\"broken\">" : "<tr>");
			cells(w, Long.toString(e.seq()), c.show(e.recordedAt()), e.actorName() + " (" + e.actorId() + ")",
					e.action() + " " + e.objectType() + (e.field() == null ? "" : " " + e.field()), e.oldValue(),
					e.newValue(), e.reason(), p.brokenEntries().contains(e.seq()) ? "BROKEN"
							: e.position() == null ? "awaiting seal" : "position " + e.position());
			w.write("</tr>");
		}));
		w.write("</tbody></table>");
	}

	static String label(RecordSummary r) {
		return r.processName() + " " + (r.businessKey() == null ? r.processInstanceId() : r.businessKey())
				+ (r.title() == null ? "" : " · " + r.title());
	}

	static String duration(long millis) {
		Duration d = Duration.ofMillis(millis);
		return d.toHours() > 0 ? d.toHours() + " h " + d.toMinutesPart() + " min"
				: d.toMinutes() > 0 ? d.toMinutes() + " min " + d.toSecondsPart() + " s" : millis + " ms";
	}

	private static void fact(Writer w, String name, String value) throws IOException {
		w.write("<tr><th>");
		text(w, name);
		w.write("</th><td>");
		text(w, value);
		w.write("</td></tr>");
	}

	private static void cells(Writer w, String... values) throws IOException {
		for (String v : values) {
			w.write("<td>");
			text(w, v);
			w.write("</td>");
		}
	}

	static void text(Writer w, String s) throws IOException {
		if (s == null) {
			return;
		}
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			switch (ch) {
				case '<' -> w.write("&lt;");
				case '>' -> w.write("&gt;");
				case '&' -> w.write("&amp;");
				case '"' -> w.write("&quot;");
				default -> {
					// characters XML 1.0 forbids would make the PDF input unreadable
					if (ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r') {
						w.write(ch);
					}
				}
			}
		}
	}

}
