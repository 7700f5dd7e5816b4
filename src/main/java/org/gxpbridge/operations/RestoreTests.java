package org.gxpbridge.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gxpbridge.audittrail.AuditLedger;
import org.gxpbridge.operations.internal.RestoreTestStore;
import org.gxpbridge.shared.AuditFacts;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.gxpbridge.shared.Sha256;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Periodic restore tests (CHK-20, EU Annex 11 §7.2), so that "show me the last restore
 * test" has an answer. The evidence is a fact, not a claim: the operator uploads the
 * restore report the jar wrote from the RESTORED database ({@link RestoreReport}), and it
 * is accepted only when the restored ledger verified, every restored signature verified
 * and the restored ledger's head is an entry of this server's live ledger with the same
 * chain hash at that position (the backup is a prefix of our ledger, not another
 * installation's or a forged one). A refused upload stores nothing and is recorded in the
 * ledger as {@code RESTORE_REPORT_REFUSED}. The operator then records when the backup was
 * taken, where it was restored and the evidence; another person, a quality manager,
 * approves it with a signature. Every change publishes {@link RestoreTestChanged}.
 */
@Service
public class RestoreTests {

	/** A restore report is JSON of some kilobytes; anything far larger is not one. */
	static final int MAX_REPORT_BYTES = 2_000_000;

	private final RestoreTestStore store;

	private final AuditLedger ledger;

	private final ObjectMapper json;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RestoreTests(RestoreTestStore store, AuditLedger ledger, ObjectMapper json, TransactionTemplate transactions,
			Clock clock, ApplicationEventPublisher events) {
		this.store = store;
		this.ledger = ledger;
		this.json = json;
		this.transactions = transactions;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Opens a restore test for a process instance; {@code openedBy} null: the schedule.
	 */
	@Transactional
	public RestoreTest open(String processInstanceId, String openedBy) {
		String id = "RT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		store.insert(id, processInstanceId, clock.instant(), openedBy);
		events.publishEvent(new RestoreTestChanged(id, processInstanceId, "RESTORE_TEST_OPENED", openedBy, "status",
				null, RestoreTest.OPEN, null));
		return get(id);
	}

	/**
	 * Checks a restore report against the live ledger and keeps it with the test; refused
	 * (and recorded as refused) when it is not a report, the restored ledger or a
	 * signature did not verify, or the restored head is not in this ledger.
	 */
	public RestoreTest acceptReport(String testId, byte[] content, String actor) {
		RestoreTest test = get(testId);
		String sha256 = content == null ? null : Sha256.hex(content);
		try {
			if (!RestoreTest.OPEN.equals(test.status())) {
				throw new ConflictException("restore_test_recorded", "Restore test " + testId + " is " + test.status()
						+ ": its restore report can no longer change");
			}
			RestoreReport report = parse(content);
			checkAgainstLiveLedger(report);
			if (store.all(Integer.MAX_VALUE)
				.stream()
				.anyMatch(t -> sha256.equals(t.reportSha256()) && !t.testId().equals(testId))) {
				throw new ConflictException("restore_report_reused",
						"This restore report (SHA-256 " + sha256 + ") is already the evidence of another restore test: "
								+ "each periodic test needs a restore of its own");
			}
			return transactions.execute(status -> {
				store.acceptReport(testId, new String(content, StandardCharsets.UTF_8), sha256, report, actor,
						clock.instant());
				events.publishEvent(new RestoreTestChanged(testId, test.processInstanceId(), "RESTORE_REPORT_ACCEPTED",
						actor, "reportSha256", test.reportSha256(), sha256, sha256));
				return get(testId);
			});
		}
		catch (DomainException refused) {
			ledger.append(AuditFacts.of(actor, "RESTORE_REPORT_REFUSED", "RestoreReport", testId)
				.withRecord(test.processInstanceId(), null)
				.withReason(refused.getMessage())
				.withContentHash(sha256));
			throw refused;
		}
	}

	private RestoreReport parse(byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("restore_report_missing",
					"Upload the restore report (JSON) written by 'java -jar gxp-bridge.jar restore report --out FILE'");
		}
		if (content.length > MAX_REPORT_BYTES) {
			throw new InvalidInputException("restore_report_invalid",
					"This is not a restore report: " + content.length + " bytes, a report has some kilobytes");
		}
		RestoreReport report;
		try {
			report = json.readValue(content, RestoreReport.class);
		}
		catch (IOException e) {
			throw new InvalidInputException("restore_report_invalid",
					"This is not a GxP Bridge restore report (JSON written by 'restore report'): "
							+ (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
		}
		if (!RestoreReport.FORMAT.equals(report.format()) || report.recordCounts() == null
				|| report.ledgerProblems() == null || report.signaturesFailed() == null) {
			throw new InvalidInputException("restore_report_invalid",
					"This is not a restore report of format " + RestoreReport.FORMAT);
		}
		return report;
	}

	private void checkAgainstLiveLedger(RestoreReport r) {
		if (!r.ledgerIntact()) {
			throw new RefusedByRuleException("restored_ledger_broken",
					"The restored ledger did not verify: " + String.join("; ", r.ledgerProblems()));
		}
		if (r.signaturesVerified() != r.signatures() || !r.signaturesFailed().isEmpty()) {
			throw new RefusedByRuleException("restored_signatures_invalid", "Only " + r.signaturesVerified() + " of "
					+ r.signatures() + " restored signatures verified: " + String.join(", ", r.signaturesFailed()));
		}
		if (r.lastSealedPosition() <= 0 || r.chainHash() == null) {
			throw new RefusedByRuleException("restored_ledger_empty",
					"The restored ledger has no sealed entries: nothing shows it is a backup of this installation");
		}
		Optional<String> ours = ledger.chainHashAt(r.lastSealedPosition());
		if (ours.isEmpty()) {
			throw new RefusedByRuleException("restore_not_our_ledger",
					"The restored ledger's head (chain position " + r.lastSealedPosition()
							+ ") lies beyond this server's ledger (sealed up to "
							+ ledger.sealedHead().map(h -> h.position()).orElse(0L)
							+ "): the backup is not a prefix of our ledger");
		}
		if (!ours.get().equals(r.chainHash())) {
			throw new RefusedByRuleException("restore_not_our_ledger",
					"The backup is not a prefix of our ledger: at chain position " + r.lastSealedPosition()
							+ " the restored chain hash is " + r.chainHash() + ", this server's is " + ours.get());
		}
	}

	/**
	 * The operator's record of the test (the record step): when the restored backup was
	 * taken (ISO-8601 date or date-time, UTC when without offset), where it was restored,
	 * the evidence.
	 */
	@Transactional
	public RestoreTest record(String testId, String actor, String backupTakenAt, String restoredTo, String evidence) {
		RestoreTest test = get(testId);
		if (!test.hasReport()) {
			throw new RefusedByRuleException("restore_report_missing", "Upload the restore report of the restored "
					+ "database first (POST /api/operations/restore-tests/" + testId + "/report)");
		}
		Instant taken = instant(backupTakenAt);
		if (taken.isAfter(clock.instant())) {
			throw new InvalidInputException("backup_taken_at_future",
					"The backup cannot be taken in the future: " + backupTakenAt);
		}
		String where = required(restoredTo, "Where the backup was restored (host and database)", 500);
		String what = required(evidence, "The evidence (where the dump, its hash and the logs are kept)", 4000);
		store.record(testId, taken, where, what, actor, clock.instant());
		events.publishEvent(new RestoreTestChanged(testId, test.processInstanceId(), "RESTORE_TEST_RECORDED", actor,
				"status", test.status(), RestoreTest.RECORDED, null));
		return get(testId);
	}

	/** The approver may not be the person who recorded the test (four eyes). */
	public void refuseSelfApproval(String testId, String user) {
		if (user.equals(get(testId).recordedBy())) {
			throw new RefusedByRuleException("restore_test_self_approval",
					"You recorded restore test " + testId + ": another quality manager must approve it");
		}
	}

	@Transactional
	public RestoreTest approve(String testId, String approver) {
		refuseSelfApproval(testId, approver);
		RestoreTest test = get(testId);
		store.approve(testId, approver, clock.instant());
		events.publishEvent(new RestoreTestChanged(testId, test.processInstanceId(), "RESTORE_TEST_APPROVED", approver,
				"status", test.status(), RestoreTest.APPROVED, null));
		return get(testId);
	}

	public RestoreTest get(String testId) {
		return store.find(testId)
			.orElseThrow(() -> new NotFoundException("restore_test_not_found", "No restore test " + testId));
	}

	public Optional<RestoreTest> forProcessInstance(String processInstanceId) {
		return store.forProcessInstance(processInstanceId);
	}

	/** Newest first, at most 500. */
	public List<RestoreTest> all() {
		return store.all(500);
	}

	/** The last approved restore test: "show me the last restore test". */
	public Optional<RestoreTest> latest() {
		return store.latestApproved();
	}

	/** The uploaded restore report of a test, as uploaded. */
	public String report(String testId) {
		return store.report(get(testId).testId())
			.orElseThrow(() -> new NotFoundException("restore_report_not_found",
					"Restore test " + testId + " has no restore report yet"));
	}

	private static Instant instant(String text) {
		String t = text == null ? "" : text.trim();
		try {
			if (t.length() == 10) {
				return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
				return OffsetDateTime.parse(t).toInstant();
			}
			return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("backup_taken_at_invalid", "When the backup was taken must be an ISO-8601 "
					+ "date or date-time, e.g. 2026-11-30 or 2026-11-30T02:00Z; got '" + t + "'");
		}
	}

	private static String required(String value, String what, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException("restore_test_incomplete", what + " is required");
		}
		if (value.length() > max) {
			throw new InvalidInputException("restore_test_too_long", what + " has more than " + max + " characters");
		}
		return value.trim();
	}

}
