package org.gxpbridge.dossier.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.RecordProof;
import org.gxpbridge.documents.Evidence;
import org.gxpbridge.dossier.RecordSummary;
import org.gxpbridge.dossier.process.ActivityLine;
import org.gxpbridge.dossier.process.VariableChange;
import org.gxpbridge.signature.SignatureView;

/**
 * The electronic copy (docs/dossier-format.md): one JSON object written as it is read,
 * complete enough to rebuild every other form. Long sections stream; only the sets of
 * executed and running activity ids (bounded by the model) are kept, for the path.
 */
final class JsonDossier implements Closeable {

	static final String FORMAT = "gxp-bridge-dossier/1";

	private static final JsonFactory JSON = new JsonFactory();

	private final JsonGenerator g;

	private final DossierContent c;

	private final Set<String> completed = new LinkedHashSet<>();

	private final Set<String> running = new LinkedHashSet<>();

	private JsonDossier(JsonGenerator g, DossierContent c) {
		this.g = g;
		this.c = c;
	}

	static void write(DossierContent c, OutputStream out) throws IOException {
		try (JsonDossier json = open(c, out)) {
			c.activities(json::activity);
			json.endActivities();
			c.variableChanges(json::variableChange);
			json.endVariableChanges();
			c.auditEntries(json::auditEntry);
		}
	}

	/**
	 * Starts the document (format, generation, record, the activities array). A writer
	 * that reads the long sections for its own purpose (the PDF) feeds them here as it
	 * goes, in this order: activities, {@link #endActivities}, variable changes,
	 * {@link #endVariableChanges}, audit entries, {@link #close}: one pass over the
	 * sources for both.
	 */
	static JsonDossier open(DossierContent c, OutputStream out) throws IOException {
		JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
		g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
		g.writeStartObject();
		g.writeStringField("format", FORMAT);
		time(g, c, "generatedAt", c.generatedAt());
		g.writeStringField("generatedBy", c.generatedBy());
		record(g, c);
		g.writeArrayFieldStart("activities");
		return new JsonDossier(g, c);
	}

	void activity(ActivityLine a) {
		io(() -> {
			("RUNNING".equals(a.state()) ? running : completed).add(a.activityId());
			g.writeStartObject();
			g.writeStringField("activityInstanceId", a.activityInstanceId());
			g.writeStringField("activityId", a.activityId());
			g.writeStringField("name", a.name());
			g.writeStringField("type", a.type());
			g.writeStringField("who", a.who());
			time(g, c, "startedAt", a.startedAt());
			time(g, c, "endedAt", a.endedAt());
			if (a.durationMillis() != null) {
				g.writeNumberField("durationMillis", a.durationMillis());
			}
			g.writeStringField("state", a.state());
			g.writeEndObject();
		});
	}

	/** Ends the activities and writes the executed path; variable changes follow. */
	void endActivities() throws IOException {
		g.writeEndArray();
		running.addAll(c.waitingAt());
		completed.removeAll(c.waitingAt());
		g.writeObjectFieldStart("path");
		strings(g, "completedActivityIds", completed);
		strings(g, "runningActivityIds", running);
		g.writeEndObject();
		g.writeArrayFieldStart("variableChanges");
	}

	void variableChange(VariableChange v) {
		io(() -> {
			g.writeStartObject();
			g.writeStringField("detailId", v.detailId());
			time(g, c, "time", v.time());
			g.writeStringField("variable", v.variable());
			g.writeStringField("type", v.type());
			g.writeStringField("oldValue", v.oldValue());
			g.writeStringField("newValue", v.newValue());
			g.writeStringField("who", v.who());
			g.writeStringField("reason", v.reason());
			g.writeStringField("activityInstanceId", v.activityInstanceId());
			if (v.ledgerSeq() != null) {
				g.writeNumberField("ledgerSeq", v.ledgerSeq());
			}
			g.writeEndObject();
		});
	}

	/**
	 * Ends the variable changes, writes signatures and documents; audit entries follow.
	 */
	void endVariableChanges() throws IOException {
		g.writeEndArray();
		signatures(g, c);
		documents(g, c);
		g.writeArrayFieldStart("auditEntries");
	}

	void auditEntry(AuditEntry e) {
		io(() -> entry(g, e));
	}

	/** Ends the audit entries, writes the proof and closes the document. */
	@Override
	public void close() throws IOException {
		try (g) {
			g.writeEndArray();
			proof(g, c.proof());
			g.writeEndObject();
		}
	}

	private static void record(JsonGenerator g, DossierContent c) throws IOException {
		RecordSummary r = c.record();
		g.writeObjectFieldStart("record");
		g.writeStringField("processInstanceId", r.processInstanceId());
		g.writeStringField("businessKey", r.businessKey());
		g.writeStringField("title", r.title());
		g.writeStringField("processDefinitionId", r.processDefinitionId());
		g.writeStringField("processKey", r.processKey());
		g.writeStringField("processName", r.processName());
		g.writeNumberField("version", r.version());
		g.writeStringField("versionTag", r.versionTag());
		g.writeStringField("deploymentId", r.deploymentId());
		g.writeStringField("state", r.state());
		g.writeBooleanField("inProgress", r.inProgress());
		time(g, c, "startedAt", r.startedAt());
		time(g, c, "endedAt", r.endedAt());
		g.writeStringField("startedBy", r.startedBy());
		g.writeEndObject();
	}

	private static void signatures(JsonGenerator g, DossierContent c) throws IOException {
		g.writeArrayFieldStart("signatures");
		for (SignatureView s : c.signatures()) {
			g.writeStartObject();
			g.writeStringField("signatureId", s.signatureId());
			g.writeStringField("taskId", s.taskId());
			g.writeStringField("taskDefinitionKey", s.taskDefinitionKey());
			g.writeStringField("signerId", s.signerId());
			g.writeStringField("printedName", s.printedName());
			g.writeStringField("meaning", s.meaning());
			g.writeStringField("signedAt", s.signedAt() == null ? null : s.signedAt().toString());
			g.writeStringField("signedAtZone", s.signedAtZone());
			g.writeStringField("signedAtDisplay", s.signedAtDisplay());
			g.writeStringField("recordDigest", s.recordDigest());
			g.writeStringField("certificateSerial", s.certificateSerial());
			g.writeStringField("certificateStatus", s.certificateStatus());
			bool(g, "valid", s.valid());
			bool(g, "recordChangedSinceSigning", s.recordChangedSinceSigning());
			g.writeStringField("verificationDetail", s.verificationDetail());
			g.writeEndObject();
		}
		g.writeEndArray();
	}

	private static void documents(JsonGenerator g, DossierContent c) throws IOException {
		g.writeArrayFieldStart("documents");
		for (Evidence d : c.documents()) {
			g.writeStartObject();
			g.writeStringField("documentId", d.documentId());
			g.writeStringField("title", d.title());
			g.writeStringField("fileName", d.fileName());
			g.writeStringField("mediaType", d.mediaType());
			g.writeNumberField("size", d.size());
			g.writeStringField("sha256", d.sha256());
			g.writeStringField("taskId", d.taskId());
			g.writeStringField("attachedBy", d.attachedBy());
			time(g, c, "attachedAt", d.attachedAt());
			g.writeEndObject();
		}
		g.writeEndArray();
	}

	private static void entry(JsonGenerator g, AuditEntry e) throws IOException {
		g.writeStartObject();
		g.writeNumberField("seq", e.seq());
		g.writeStringField("recordedAt", e.recordedAt().toString());
		g.writeStringField("actorId", e.actorId());
		g.writeStringField("actorName", e.actorName());
		g.writeStringField("actorRole", e.actorRole());
		g.writeStringField("action", e.action());
		g.writeStringField("objectType", e.objectType());
		g.writeStringField("objectId", e.objectId());
		g.writeStringField("field", e.field());
		g.writeStringField("oldValue", e.oldValue());
		g.writeStringField("newValue", e.newValue());
		g.writeStringField("reason", e.reason());
		g.writeStringField("contentHash", e.contentHash());
		g.writeStringField("sourceTable", e.sourceTable());
		g.writeStringField("sourceRowId", e.sourceRowId());
		if (e.position() != null) {
			g.writeNumberField("position", e.position());
		}
		g.writeStringField("chainHash", e.chainHash());
		g.writeEndObject();
	}

	private static void proof(JsonGenerator g, RecordProof p) throws IOException {
		g.writeObjectFieldStart("proof");
		g.writeBooleanField("intact", p.intact());
		g.writeNumberField("entries", p.entries());
		g.writeNumberField("sealedEntries", p.sealedEntries());
		g.writeNumberField("unsealedEntries", p.unsealedEntries());
		g.writeNumberField("neighboursChecked", p.neighboursChecked());
		g.writeArrayFieldStart("checkpoints");
		for (Long pos : p.checkpoints()) {
			g.writeNumber(pos);
		}
		g.writeEndArray();
		g.writeArrayFieldStart("brokenEntries");
		for (Long seq : p.brokenEntries()) {
			g.writeNumber(seq);
		}
		g.writeEndArray();
		strings(g, "problems", p.problems());
		g.writeStringField("summary", p.describe());
		g.writeEndObject();
	}

	private static void time(JsonGenerator g, DossierContent c, String field, Instant t) throws IOException {
		g.writeStringField(field, t == null ? null : t.toString());
		if (t != null) {
			g.writeStringField(field + "Display", c.show(t));
		}
	}

	private static void bool(JsonGenerator g, String field, Boolean value) throws IOException {
		if (value == null) {
			g.writeNullField(field);
		}
		else {
			g.writeBooleanField(field, value);
		}
	}

	private static void strings(JsonGenerator g, String field, Iterable<String> values) throws IOException {
		g.writeArrayFieldStart(field);
		for (String v : values) {
			g.writeString(v);
		}
		g.writeEndArray();
	}

	interface IoWork {

		void run() throws IOException;

	}

	static void io(IoWork work) {
		try {
			work.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
