package org.gxpbridge.monitoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.gxpbridge.documents.Documents;
import org.gxpbridge.monitoring.internal.AuditStore;
import org.gxpbridge.security.AccountStatus;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.shared.NotPermittedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One audit from plan to closed cycle: an auditor who does not own the area, a checklist
 * from the requirements in scope, findings against checklist requirements with evidence,
 * the report, and each finding's disposition (a CAPA, or closed with a justification).
 */
@Service
public class AuditWork {

	private final AuditStore store;

	private final AuditProgramme programme;

	private final Capas capas;

	private final Documents documents;

	private final Accounts accounts;

	private final Clock clock;

	AuditWork(AuditStore store, AuditProgramme programme, Capas capas, Documents documents, Accounts accounts,
			Clock clock) {
		this.store = store;
		this.programme = programme;
		this.capas = capas;
		this.documents = documents;
		this.accounts = accounts;
		this.clock = clock;
	}

	public Audit audit(String auditId) {
		return store.audit(auditId)
			.orElseThrow(() -> new NotFoundException("audit_not_found", "No audit with id '" + auditId + "'"));
	}

	/**
	 * Plans the audit: the auditor (an active AUDITOR or QUALITY_MANAGER who does not own
	 * the area, ISO 13485 8.2.4 "auditors shall not audit their own work") and the scope,
	 * one requirement per line ({@code id: text} or {@code id}); the checklist is
	 * generated from it.
	 */
	@Transactional
	public Audit plan(String auditId, String auditorId, String scope, String actorId) {
		Audit audit = inStatus(auditId, "SCHEDULED");
		AuditArea area = programme.area(audit.areaId());
		String auditor = Accounts.normalize(Capas.required(auditorId, "auditor", "The auditor"));
		if (auditor.equals(area.ownerId())) {
			throw new ConflictException("auditor_owns_area", "Auditor '" + auditor + "' owns the area '" + area.name()
					+ "' and may not audit it: choose an independent auditor (ISO 13485 8.2.4)");
		}
		accounts.find(auditor)
			.filter(a -> a.status() == AccountStatus.ACTIVE
					&& (a.roles().contains(Role.AUDITOR) || a.roles().contains(Role.QUALITY_MANAGER)))
			.orElseThrow(() -> new InvalidInputException("unknown_auditor",
					"'" + auditor + "' is not an active auditor or quality manager"));
		List<ChecklistItem> checklist = Checklists.fromScope(Capas.required(scope, "audit_scope", "The audit scope"));
		store.planned(auditId, auditor, scope.trim(), actorId, checklist);
		programme.changed("Audit", auditId, "AUDIT_PLANNED", "auditor", null,
				auditor + "; " + checklist.size() + " requirements in scope", actorId, area.processInstanceId(), null);
		return audit(auditId);
	}

	/**
	 * The auditor records a finding against a requirement of the checklist, with
	 * evidence.
	 */
	@Transactional
	public AuditFinding addFinding(String auditId, NewFinding finding, String actorId) {
		Audit audit = inStatus(auditId, "IN_PROGRESS");
		if (!audit.auditorId().equals(Accounts.normalize(actorId))) {
			throw new NotPermittedException("not_the_auditor",
					"Only the auditor (" + audit.auditorId() + ") records findings of audit " + auditId);
		}
		if (finding == null || finding.severity() == null) {
			throw new InvalidInputException("missing_severity",
					"A finding needs a severity " + List.of(Severity.values()));
		}
		String requirement = Capas.required(finding.requirementId(), "requirement", "The requirement");
		if (audit.checklist().stream().noneMatch(i -> i.requirementId().equals(requirement.trim()))) {
			throw new InvalidInputException("requirement_not_in_scope",
					"Requirement '" + requirement + "' is not on the audit's checklist "
							+ audit.checklist().stream().map(ChecklistItem::requirementId).toList());
		}
		String description = Capas.required(finding.description(), "finding_description", "The finding's description");
		for (String documentId : finding.evidenceDocumentIds()) {
			try {
				documents.info(documentId);
			}
			catch (DomainException e) {
				throw new InvalidInputException("unknown_evidence",
						"Evidence document '" + documentId + "': " + e.getMessage());
			}
		}
		AuditFinding added = new AuditFinding("FND-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
				auditId, audit.findings().size() + 1, finding.severity(), requirement.trim(), description,
				finding.evidenceDocumentIds(), null, null, null, null);
		store.insertFinding(added);
		programme.changed("AuditFinding", added.id(), "AUDIT_FINDING_RECORDED", "severity", null,
				added.severity() + " against " + added.requirementId() + ": " + description + " (evidence "
						+ added.evidenceDocumentIds() + ")",
				actorId, processInstance(audit), null);
		return added;
	}

	/**
	 * The auditor's report; its outcome follows from the worst finding. Returns the
	 * finding ids.
	 */
	@Transactional
	public List<String> report(String auditId, String summary, String actorId) {
		Audit audit = inStatus(auditId, "IN_PROGRESS");
		String text = Capas.required(summary, "audit_summary", "The report's summary");
		AuditOutcome outcome = audit.findings().isEmpty() ? AuditOutcome.CONFORMING
				: audit.findings().stream().anyMatch(f -> f.severity() != Severity.MINOR) ? AuditOutcome.MAJOR_FINDINGS
						: AuditOutcome.MINOR_FINDINGS;
		store.reported(auditId, text, outcome, clock.instant());
		programme.changed("Audit", auditId, "AUDIT_REPORTED", "outcome", null, outcome + ": " + text, actorId,
				processInstance(audit), null);
		return audit.findings().stream().map(AuditFinding::id).toList();
	}

	/** The report's approver asked for changes: the audit is in progress again. */
	@Transactional
	public Audit returnForRework(String auditId, String comment, String actorId) {
		Audit audit = inStatus(auditId, "REPORTED");
		store.status(auditId, "IN_PROGRESS");
		programme.changed("Audit", auditId, "AUDIT_REPORT_RETURNED", "status", "REPORTED", "IN_PROGRESS", actorId,
				processInstance(audit), comment);
		return audit(auditId);
	}

	/** A finding after the approved report: RAISE_CAPA, or CLOSE with a justification. */
	@Transactional
	public AuditFinding dispose(String findingId, String disposition, String justification, String actorId) {
		AuditFinding finding = store.finding(findingId)
			.orElseThrow(() -> new NotFoundException("finding_not_found", "No finding with id '" + findingId + "'"));
		Audit audit = inStatus(finding.auditId(), "REPORTED");
		if (finding.disposition() != null) {
			throw new ConflictException("finding_disposed",
					"Finding " + findingId + " is already " + finding.disposition());
		}
		String why = justification == null || justification.isBlank() ? null : justification.trim();
		if (InternalAuditModel.CLOSE_FINDING.equals(disposition)) {
			Capas.required(why, "justification", "Closing a finding without a CAPA needs a justification");
		}
		else if (!InternalAuditModel.RAISE_CAPA.equals(disposition)) {
			throw new InvalidInputException("invalid_disposition",
					"Disposition must be " + InternalAuditModel.RAISE_CAPA + " or " + InternalAuditModel.CLOSE_FINDING);
		}
		store.disposed(findingId, disposition, why, Accounts.normalize(actorId), clock.instant());
		programme.changed("AuditFinding", findingId, "AUDIT_FINDING_DISPOSED", "disposition", null, disposition,
				actorId, processInstance(audit), why);
		return store.finding(findingId).orElseThrow();
	}

	/**
	 * Ends the cycle: a CAPA for each finding disposed RAISE_CAPA (source AUDIT_FINDING,
	 * opened by whoever disposed it; recurrence when an earlier audit of the area found
	 * the same requirement), the area's last outcome, the audit CLOSED. Returns the CAPA
	 * ids.
	 */
	@Transactional
	public List<String> closeCycle(String auditId) {
		Audit audit = inStatus(auditId, "REPORTED");
		AuditArea area = programme.area(audit.areaId());
		List<String> raised = new ArrayList<>();
		for (AuditFinding f : audit.findings()) {
			if (f.disposition() == null) {
				throw new ConflictException("finding_open", "Finding " + f.id() + " has no disposition yet");
			}
			if (InternalAuditModel.RAISE_CAPA.equals(f.disposition()) && f.capaId() == null) {
				boolean recurring = store.earlierFindings(area.id(), audit.cycle(), f.requirementId()) > 0;
				CapaRecord capa = capas.open(
						new NewCapa("Audit finding " + f.id() + " (" + area.name() + "): " + f.requirementId(),
								f.description(), CapaSource.AUDIT_FINDING, f.id(), f.severity(), recurring, false),
						f.disposedBy());
				store.capaRaised(f.id(), capa.id());
				programme.changed("AuditFinding", f.id(), "AUDIT_FINDING_CAPA_RAISED", "capaId", null, capa.id(), null,
						area.processInstanceId(), null);
				raised.add(capa.id());
			}
		}
		store.status(auditId, "CLOSED");
		store.areaOutcome(area.id(), audit.outcome());
		programme.changed("Audit", auditId, "AUDIT_CLOSED", "lastOutcome", area.lastOutcome().name(),
				audit.outcome().name(), null, area.processInstanceId(), null);
		return raised;
	}

	private Audit inStatus(String auditId, String status) {
		Audit audit = audit(auditId);
		if (!status.equals(audit.status())) {
			throw new ConflictException("audit_status",
					"Audit " + auditId + " is " + audit.status() + "; this needs it to be " + status);
		}
		return audit;
	}

	private String processInstance(Audit audit) {
		return programme.area(audit.areaId()).processInstanceId();
	}

}
