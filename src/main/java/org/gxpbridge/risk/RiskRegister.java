package org.gxpbridge.risk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gxpbridge.risk.internal.RegisterWrites;
import org.gxpbridge.risk.internal.RiskContent;
import org.gxpbridge.risk.internal.RiskRows;
import org.gxpbridge.risk.internal.RiskValidation;
import org.gxpbridge.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk register (ISO 14971 clause 4.5, FDA premarket and postmarket cybersecurity):
 * safety and cybersecurity risks evaluated through {@link RiskDecisions} whenever they
 * are entered or changed. Every change is an audit event with who, old and new value and
 * the reason; a change to a released register needs a reason and starts its next version.
 * Inputs are validated before anything is evaluated ({@link InvalidRiskInputException}).
 */
@Service
public class RiskRegister {

	private final RiskRows rows;

	private final RegisterWrites writes;

	private final RiskDecisions decisions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RiskRegister(RiskRows rows, RegisterWrites writes, RiskDecisions decisions, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.rows = rows;
		this.writes = writes;
		this.decisions = decisions;
		this.clock = clock;
	}

	/**
	 * A new, empty draft register at version 1, bound to the process instance working on
	 * it.
	 */
	@Transactional
	public RiskRegisterView open(String title, String actorId, String processInstanceId) {
		String t = title == null || title.isBlank() ? null : title.trim();
		if (t == null || t.length() > 300) {
			throw new InvalidRiskInputException("registerTitle", "is required, at most 300 characters");
		}
		String id = "RR-" + UUID.randomUUID().toString().substring(0, 8);
		rows.insertRegister(id, t, actorId == null ? "system" : actorId, clock.instant(), processInstanceId);
		RiskRegisterView r = writes.require(id);
		writes.publish(actorId, "RISK_REGISTER_OPENED", RiskRecordChanged.REGISTER, id, r, "title", null, t, null);
		return r;
	}

	/** The register with its risks, heat maps and snapshots. */
	@Transactional(readOnly = true)
	public RiskRegisterView find(String registerId) {
		RiskRegisterView r = writes.require(registerId);
		List<Risk> risks = rows.risks(registerId);
		return r.withDetails(risks, heatMaps(risks), rows.snapshots(registerId));
	}

	/**
	 * Risks entered or changed since the instant, across every register (the management
	 * review's "risk register changes" input).
	 */
	@Transactional(readOnly = true)
	public List<Risk> changedSince(Instant since) {
		return rows.risksUpdatedSince(since);
	}

	/** The register a process instance works on (from the register's own binding). */
	public Optional<String> registerOf(String processInstanceId) {
		return rows.registerOf(processInstanceId);
	}

	/**
	 * The canonical content of the register at its current version (what signatures
	 * cover).
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> content(String registerId) {
		return RiskContent.canonical(writes.require(registerId), rows.risks(registerId));
	}

	@Transactional
	public Risk addRisk(String registerId, RiskInput input, String actorId) {
		RiskInput valid = RiskValidation.validated(input);
		RiskRegisterView r = writes.beginEdit(registerId, actorId);
		String riskId = String.format("R-%03d", rows.riskCount(registerId) + 1);
		Risk risk = evaluated(registerId, riskId, valid, actorId);
		rows.saveRisk(risk, true);
		writes.riskAdded(r, risk, actorId);
		return risk;
	}

	/**
	 * Replaces a risk's values; its controls must be confirmed again by the risk-control
	 * step.
	 */
	@Transactional
	public Risk updateRisk(String registerId, String riskId, RiskInput input, String actorId) {
		RiskInput valid = RiskValidation.validated(input);
		Risk before = rows.risk(registerId, riskId)
			.orElseThrow(() -> new NotFoundException("risk_not_found", "No risk " + riskId + " in " + registerId));
		RiskRegisterView r = writes.beginEdit(registerId, actorId);
		Risk after = evaluated(registerId, riskId, valid, actorId);
		rows.saveRisk(after, false);
		writes.riskChanged(r, before, after, actorId);
		return after;
	}

	@Transactional(readOnly = true)
	public List<RiskSnapshot> snapshots(String registerId) {
		writes.require(registerId);
		return rows.snapshots(registerId);
	}

	@Transactional(readOnly = true)
	public RiskSnapshot snapshot(String registerId, String snapshotId) {
		return rows.snapshot(registerId, snapshotId)
			.orElseThrow(() -> new NotFoundException("risk_snapshot_not_found",
					"No snapshot " + snapshotId + " of risk register " + registerId));
	}

	/** Records an export of the register (what, by whom, the SHA-256 of the bytes). */
	@Transactional
	public void recordExport(RiskRegisterView r, String format, String contentSha256, String actorId) {
		events.publishEvent(
				new RiskRegisterExported(actorId, r.id(), r.version(), format, contentSha256, r.processInstanceId()));
	}

	List<HeatMap> heatMaps(List<Risk> risks) {
		return RiskContent.heatMaps(risks, decisions.acceptabilityGrid(), decisions.cyberGrid());
	}

	/** The risk with the decision tables' outcomes before and after controls. */
	Risk evaluated(String registerId, String riskId, RiskInput in, String actorId) {
		RiskKind kind = RiskKind.valueOf(in.kind());
		RiskOutcome before;
		RiskOutcome after = null;
		String patchTrack = null;
		if (kind == RiskKind.SAFETY) {
			before = decisions.acceptability(in.severity(), in.probability());
			if (in.residualSeverity() != null) {
				after = decisions.acceptability(in.residualSeverity(), in.residualProbability(), "residualSeverity",
						"residualProbability");
			}
		}
		else {
			CyberRiskControl b = decisions.cyberControl(in.severity(), in.exploitability());
			before = b.state();
			patchTrack = b.patchTrack();
			if (in.residualSeverity() != null) {
				CyberRiskControl a = decisions.cyberControl(in.residualSeverity(), in.residualExploitability(),
						"residualSeverity", "residualExploitability");
				after = a.state();
				patchTrack = a.patchTrack();
			}
		}
		return new Risk(registerId, riskId, kind, in.title(), in.hazard(), in.hazardousSituation(), in.harm(),
				in.asset(), in.threat(), in.vulnerability(), in.severity(), in.probability(), in.exploitability(),
				in.riskControls(), in.residualSeverity(), in.residualProbability(), in.residualExploitability(), before,
				after, patchTrack, in.fmeaSeverity(), in.fmeaOccurrence(), in.fmeaDetectability(),
				in.fmeaResidualOccurrence(), in.fmeaResidualDetectability(), false,
				actorId == null ? "system" : actorId, clock.instant());
	}

}
