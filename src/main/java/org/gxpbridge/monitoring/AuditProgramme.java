package org.gxpbridge.monitoring;

import static org.gxpbridge.monitoring.InternalAuditModel.*;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gxpbridge.monitoring.internal.AuditStore;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.shared.NotFoundException;
import org.gxpbridge.workflow.Workflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The internal audit programme (ISO 13485 8.2.4): areas with a risk level, each cycling
 * through InternalAuditProcess at the interval AuditFrequencyDecision sets. Planning and
 * execution (checklist, findings, report) are in {@link AuditWork}; this class keeps the
 * areas and their cycles. Every change publishes {@link AuditProgrammeChanged}.
 */
@Service
public class AuditProgramme {

	private final AuditStore store;

	private final MonitoringDecisions decisions;

	private final Workflow workflow;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AuditProgramme(AuditStore store, MonitoringDecisions decisions, Workflow workflow, Clock clock,
			ApplicationEventPublisher events) {
		this.store = store;
		this.decisions = decisions;
		this.workflow = workflow;
		this.clock = clock;
		this.events = events;
	}

	/** Enrols an area: starts its InternalAuditProcess, whose first step registers it. */
	@Transactional
	public AuditArea enrol(NewAuditArea area, String actorId) {
		validate(area);
		String pi = workflow
			.start(PROCESS_KEY, null, Map.of(VAR_AREA_NAME, area.name(), VAR_AREA_OWNER, area.ownerId(), VAR_RISK_LEVEL,
					area.riskLevel().name()), actorId)
			.processInstanceId();
		return store.areaForProcessInstance(pi).orElseThrow();
	}

	/** Registers the area of an InternalAuditProcess instance (its first step). */
	@Transactional
	public AuditArea register(NewAuditArea area, String actorId, String processInstanceId) {
		validate(area);
		AuditArea registered = new AuditArea("AREA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
				area.name().trim(), area.ownerId().trim().toLowerCase(), area.riskLevel(), AuditOutcome.NONE, null,
				null, true, processInstanceId);
		store.insertArea(registered, actorId, clock.instant());
		changed("AuditArea", registered.id(), "AUDIT_AREA_ENROLLED", "riskLevel", null,
				registered.name() + " (owner " + registered.ownerId() + ", risk " + registered.riskLevel() + ")",
				actorId, processInstanceId, null);
		return registered;
	}

	/**
	 * Schedules the area's next audit: the interval from AuditFrequencyDecision on its
	 * risk level and last outcome, and a new audit for the next cycle.
	 */
	@Transactional
	public ScheduledAudit scheduleNext(String areaId) {
		AuditArea area = area(areaId);
		Period interval = decisions.auditInterval(area.riskLevel(), area.lastOutcome());
		var due = clock.instant().atZone(ZoneOffset.UTC).plus(interval).toInstant();
		store.areaScheduled(areaId, interval.toString(), due);
		String auditId = "AUD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		int cycle = store.lastCycle(areaId) + 1;
		store.insertAudit(auditId, areaId, cycle);
		changed("Audit", auditId, "AUDIT_SCHEDULED", "auditInterval", area.auditInterval(), interval + " ("
				+ area.riskLevel() + ", last " + area.lastOutcome() + "): cycle " + cycle + " due " + due, null,
				area.processInstanceId(), null);
		return new ScheduledAudit(auditId, interval.toString(), due);
	}

	/** Takes the area out of the programme; its process ends after the running cycle. */
	@Transactional
	public AuditArea retire(String areaId, String reason, String actorId) {
		AuditArea area = area(areaId);
		if (!area.active()) {
			throw new ConflictException("area_retired", "Area " + areaId + " is already retired");
		}
		String why = Capas.required(reason, "retire_reason", "Why the area leaves the programme");
		store.areaRetired(areaId);
		changed("AuditArea", areaId, "AUDIT_AREA_RETIRED", "active", "true", "false", actorId, area.processInstanceId(),
				why);
		return area(areaId);
	}

	public List<AuditArea> areas() {
		return store.areas();
	}

	public AuditArea area(String areaId) {
		return store.area(areaId)
			.orElseThrow(() -> new NotFoundException("audit_area_not_found", "No audit area with id '" + areaId + "'"));
	}

	public List<Audit> auditsOf(String areaId) {
		return store.auditsOf(area(areaId).id());
	}

	public Optional<AuditArea> areaForProcessInstance(String processInstanceId) {
		return store.areaForProcessInstance(processInstanceId);
	}

	void changed(String type, String id, String action, String field, String oldValue, String newValue, String actorId,
			String processInstanceId, String reason) {
		events.publishEvent(new AuditProgrammeChanged(type, id, action, field, oldValue, newValue, actorId,
				processInstanceId, reason));
	}

	private static void validate(NewAuditArea area) {
		if (area == null || area.riskLevel() == null) {
			throw new InvalidInputException("missing_risk_level",
					"An audit area needs a risk level " + List.of(RiskLevel.values()));
		}
		Capas.required(area.name(), "area_name", "The area's name");
		Capas.required(area.ownerId(), "area_owner", "The area's owner");
	}

	/** An audit scheduled for the next cycle and how long the programme waits for it. */
	public record ScheduledAudit(String auditId, String interval, Instant due) {
	}

}
