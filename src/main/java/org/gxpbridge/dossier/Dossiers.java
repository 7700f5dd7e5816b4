package org.gxpbridge.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.gxpbridge.dossier.internal.DossierRenderer;
import org.gxpbridge.dossier.process.EngineHistory;
import org.gxpbridge.shared.HashingOutputStream;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.Sha256;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The process-history dossier of any process instance, running or finished (11.10(b), EU
 * Annex 11 §8, CHK-06, CHK-17, CHK-18). Long histories stream: JSON, CSV and HTML are
 * written while the engine history and the ledger are read page by page. Every export and
 * every view is recorded in the audit trail ({@link DossierExported}) with the SHA-256 of
 * the bytes handed out, after the last byte.
 */
@Service
public class Dossiers {

	private final EngineHistory history;

	private final DossierRenderer renderer;

	private final ApplicationEventPublisher events;

	Dossiers(EngineHistory history, DossierRenderer renderer, ApplicationEventPublisher events) {
		this.history = history;
		this.renderer = renderer;
		this.events = events;
	}

	/** What the record is; {@link NotFoundException} for an unknown instance. */
	public RecordSummary record(String processInstanceId) {
		return history.summary(processInstanceId)
			.orElseThrow(() -> new NotFoundException("process_instance_not_found",
					"No process instance " + processInstanceId));
	}

	/**
	 * Writes the dossier to {@code out} (left open) and records the export with its
	 * SHA-256. The record is looked up first, so an unknown instance fails before any
	 * byte is written.
	 */
	public ExportReceipt export(String processInstanceId, DossierFormat format, String userId, OutputStream out)
			throws IOException {
		RecordSummary record = record(processInstanceId);
		HashingOutputStream hashing = new HashingOutputStream(out);
		renderer.write(record, format, userId, hashing);
		hashing.flush();
		ExportReceipt receipt = new ExportReceipt(processInstanceId, format, hashing.sha256(), hashing.count());
		events.publishEvent(new DossierExported(processInstanceId, record.businessKey(), format.extension(),
				receipt.sha256(), receipt.bytes(), userId, Instant.now()));
		return receipt;
	}

	/**
	 * The dossier's body for the browser page, recorded as viewed with the SHA-256 of the
	 * body handed out.
	 */
	public String view(String processInstanceId, String userId) throws IOException {
		RecordSummary record = record(processInstanceId);
		String body = renderer.pageBody(record, userId);
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		events.publishEvent(new DossierExported(processInstanceId, record.businessKey(), "page", Sha256.hex(bytes),
				bytes.length, userId, Instant.now()));
		return body;
	}

	/**
	 * The BPMN XML of the definition version the instance runs (or ran) on, for drawing
	 * its executed path.
	 */
	public String diagram(String processInstanceId) {
		return history.diagramXml(record(processInstanceId).processDefinitionId());
	}

}
