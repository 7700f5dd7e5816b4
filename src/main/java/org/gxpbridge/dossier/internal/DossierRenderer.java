package org.gxpbridge.dossier.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.documents.Documents;
import org.gxpbridge.dossier.DossierFormat;
import org.gxpbridge.dossier.RecordSummary;
import org.gxpbridge.dossier.process.EngineHistory;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.shared.TimeDisplay;
import org.gxpbridge.signature.Signatures;
import org.springframework.stereotype.Component;

/** Writes a dossier in one of its forms for one reader. */
@Component
public class DossierRenderer {

	private final EngineHistory history;

	private final AuditLedger ledger;

	private final Signatures signatures;

	private final Documents documents;

	private final TimeDisplay time;

	private final Accounts accounts;

	private final Clock clock = Clock.systemUTC();

	DossierRenderer(EngineHistory history, AuditLedger ledger, Signatures signatures, Documents documents,
			TimeDisplay time, Accounts accounts) {
		this.history = history;
		this.ledger = ledger;
		this.signatures = signatures;
		this.documents = documents;
		this.time = time;
		this.accounts = accounts;
	}

	public void write(RecordSummary record, DossierFormat format, String userId, OutputStream out) throws IOException {
		DossierContent c = content(record, userId);
		switch (format) {
			case JSON -> JsonDossier.write(c, out);
			case CSV -> CsvDossier.write(c, out);
			case PDF -> PdfDossier.write(c, out);
			case HTML -> {
				Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
				HtmlDossier.document(c, w);
				w.flush();
			}
		}
		out.flush();
	}

	/** The dossier's body as the browser page shows it (below the diagram). */
	public String pageBody(RecordSummary record, String userId) throws IOException {
		StringWriter w = new StringWriter();
		HtmlDossier.body(content(record, userId), w);
		return w.toString();
	}

	private DossierContent content(RecordSummary record, String userId) {
		String name = accounts.find(userId).map(a -> a.fullName() + " (" + userId + ")").orElse(userId);
		return new DossierContent(record, history, ledger, signatures, documents, time, clock.instant(), name);
	}

}
