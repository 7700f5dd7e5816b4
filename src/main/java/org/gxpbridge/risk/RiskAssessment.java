package org.gxpbridge.risk;

import java.time.Instant;
import java.util.List;

import org.gxpbridge.risk.internal.RegisterWrites;
import org.gxpbridge.risk.internal.RiskRows;
import org.gxpbridge.shared.ConflictException;
import org.gxpbridge.shared.RefusedByRuleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of RiskAssessmentProcess on the register: the plan, evaluation as a whole,
 * confirmation of risk controls, AFAP justification, software safety class, benefit-risk
 * conclusion, release and periodic review. The acting user is a parameter (null: the
 * process itself).
 */
@Service
public class RiskAssessment {

	static final int TEXT_MAX = 4000;

	private final RiskRows rows;

	private final RegisterWrites writes;

	private final RiskDecisions decisions;

	private final RiskRegister register;

	RiskAssessment(RiskRows rows, RegisterWrites writes, RiskDecisions decisions, RiskRegister register) {
		this.rows = rows;
		this.writes = writes;
		this.decisions = decisions;
		this.register = register;
	}

	/** The risk management plan (ISO 14971 clause 4.4). */
	@Transactional
	public void recordPlan(String registerId, RiskPlan plan, String actorId) {
		String scope = text("scope", plan.scope(), true);
		String intendedUse = text("intendedUse", plan.intendedUse(), true);
		String criteria = text("acceptabilityCriteriaRef", plan.acceptabilityCriteriaRef(), true);
		if (plan.euMarket() == null) {
			throw new InvalidRiskInputException("euMarket", "is required (true or false)");
		}
		RiskRegisterView r = writes.beginEdit(registerId, actorId);
		writes.setField(r, "scope", "scope", r.plan().scope(), scope, actorId);
		writes.setField(r, "intended_use", "intendedUse", r.plan().intendedUse(), intendedUse, actorId);
		writes.setField(r, "acceptability_criteria_ref", "acceptabilityCriteriaRef",
				r.plan().acceptabilityCriteriaRef(), criteria, actorId);
		writes.setField(r, "eu_market", "euMarket", r.plan().euMarket(), plan.euMarket(), actorId);
	}

	/**
	 * Evaluates every risk again through the decision tables and the register as a whole
	 * (see {@link RiskEvaluation}); refuses a register without risks.
	 */
	@Transactional
	public RiskEvaluation evaluate(String registerId) {
		RiskRegisterView r = writes.require(registerId);
		List<Risk> risks = rows.risks(registerId);
		if (risks.isEmpty()) {
			throw new RefusedByRuleException("risk_register_empty",
					"Risk register " + registerId + " has no risks: identify and analyse them first");
		}
		int design = 0;
		int control = 0;
		int alarp = 0;
		for (Risk stored : risks) {
			Risk now = register.evaluated(registerId, stored.riskId(), input(stored), stored.updatedBy());
			if (now.outcomeBefore() != stored.outcomeBefore() || now.outcomeAfter() != stored.outcomeAfter()) {
				// the tables changed since the risk was entered: the stored outcome
				// follows them
				Risk kept = withConfirmed(now, false, stored);
				rows.saveRisk(kept, false);
				writes.riskChanged(r, stored, kept, null);
				stored = kept;
			}
			alarp += stored.outcome() == RiskOutcome.ALARP_REVIEW ? 1 : 0;
			if (needsDesignChange(stored)) {
				design++;
			}
			else if (!stored.outcomeBefore().isAcceptable() && !stored.controlsConfirmed()) {
				control++;
			}
		}
		String outcome = design > 0 ? RiskAssessmentModel.OUTCOME_UNACCEPTABLE
				: control > 0 ? RiskAssessmentModel.OUTCOME_CONTROL_REQUIRED : RiskAssessmentModel.OUTCOME_ACCEPTABLE;
		boolean afap = decisions.afapJustificationRequired(Boolean.TRUE.equals(r.plan().euMarket()));
		return new RiskEvaluation(registerId, r.version(), risks.size(), design, control, alarp, afap, outcome);
	}

	/**
	 * Unacceptable safety risk (before controls, or after them), or a cybersecurity risk
	 * still uncontrolled after its controls: only a design change helps.
	 */
	static boolean needsDesignChange(Risk r) {
		return r.outcome() == RiskOutcome.UNACCEPTABLE
				|| (r.residualAssessed() && r.outcomeAfter() == RiskOutcome.UNCONTROLLED);
	}

	/**
	 * The risk-control step confirms the controls of every risk that was not acceptable
	 * before controls and now has controls and residual scores; returns how many.
	 */
	@Transactional
	public int confirmControls(String registerId, String actorId) {
		RiskRegisterView r = writes.beginEdit(registerId, actorId);
		int confirmed = 0;
		for (Risk risk : rows.risks(registerId)) {
			if (!risk.outcomeBefore().isAcceptable() && !risk.controlsConfirmed() && risk.residualAssessed()) {
				Risk kept = withConfirmed(risk, true, risk);
				rows.saveRisk(kept, false);
				writes.riskChanged(r, risk, kept, actorId);
				confirmed++;
			}
		}
		return confirmed;
	}

	/**
	 * The AFAP justification an EU-marketed device needs (MDR Annex I, EN ISO 14971 Annex
	 * ZA).
	 */
	@Transactional
	public void recordAfapJustification(String registerId, String justification, String actorId) {
		String text = text("afapJustification", justification, true);
		RiskRegisterView r = writes.beginEdit(registerId, actorId);
		writes.setField(r, "afap_justification", "afapJustification", r.afapJustification(), text, actorId);
	}

	/**
	 * The overall residual risk and benefit-risk conclusion (ISO 14971 clauses 7.4, 8).
	 */
	@Transactional
	public void recordBenefitRiskConclusion(String registerId, String conclusion, String actorId) {
		String text = text("benefitRiskConclusion", conclusion, true);
		RiskRegisterView r = writes.beginEdit(registerId, actorId);
		writes.setField(r, "benefit_risk_conclusion", "benefitRiskConclusion", r.benefitRiskConclusion(), text,
				actorId);
	}

	/** IEC 62304 software safety class through SoftwareSafetyClassDecision. */
	@Transactional
	public String classifySoftware(String registerId, Boolean canContribute, Boolean unacceptableAfterExternal,
			String worstHarm, String actorId) {
		String softwareClass = decisions.softwareSafetyClass(canContribute, unacceptableAfterExternal, worstHarm);
		RiskRegisterView r = writes.beginEdit(registerId, actorId);
		var sw = r.softwareSafety();
		writes.setField(r, "sw_can_contribute", "canContributeToHazardousSituation",
				sw.canContributeToHazardousSituation(), canContribute, actorId);
		writes.setField(r, "sw_unacceptable_risk", "unacceptableRiskAfterExternalControls",
				sw.unacceptableRiskAfterExternalControls(), unacceptableAfterExternal, actorId);
		writes.setField(r, "sw_worst_harm", "worstHarm", sw.worstHarm(), worstHarm, actorId);
		writes.setField(r, "software_safety_class", "softwareSafetyClass", sw.softwareSafetyClass(), softwareClass,
				actorId);
		return softwareClass;
	}

	/** The signed version becomes the released one, with a dated snapshot. */
	@Transactional
	public RiskSnapshot release(String registerId, Instant at) {
		RiskRegisterView r = writes.require(registerId);
		if (RiskRegisterView.RELEASED.equals(r.status())) {
			throw new ConflictException("risk_register_released",
					"Risk register " + registerId + " version " + r.version() + " is already released");
		}
		rows.setStatus(registerId, r.version(), RiskRegisterView.RELEASED, at);
		writes.publish(null, "RISK_REGISTER_RELEASED", RiskRecordChanged.REGISTER, registerId, r, "status", r.status(),
				RiskRegisterView.RELEASED + " version " + r.version(), null);
		List<Risk> risks = rows.risks(registerId);
		return writes.snapshot(r, risks, register.heatMaps(risks), RiskSnapshot.RELEASE, null, at);
	}

	/**
	 * The periodic review: a dated snapshot of the register as released, then its next
	 * version as a draft for the review.
	 */
	@Transactional
	public RiskSnapshot periodicReview(String registerId, Instant at) {
		RiskRegisterView r = writes.require(registerId);
		List<Risk> risks = rows.risks(registerId);
		RiskSnapshot s = writes.snapshot(r, risks, register.heatMaps(risks), RiskSnapshot.PERIODIC_REVIEW, null, at);
		if (RiskRegisterView.RELEASED.equals(r.status())) {
			writes.nextVersion(r, null, "periodic risk review due " + at);
		}
		return s;
	}

	private static Risk withConfirmed(Risk r, boolean confirmed, Risk previous) {
		return new Risk(r.registerId(), r.riskId(), r.kind(), r.title(), r.hazard(), r.hazardousSituation(), r.harm(),
				r.asset(), r.threat(), r.vulnerability(), r.severity(), r.probability(), r.exploitability(),
				r.riskControls(), r.residualSeverity(), r.residualProbability(), r.residualExploitability(),
				r.outcomeBefore(), r.outcomeAfter(), r.patchTrack(), r.fmeaSeverity(), r.fmeaOccurrence(),
				r.fmeaDetectability(), r.fmeaResidualOccurrence(), r.fmeaResidualDetectability(), confirmed,
				previous.updatedBy(), previous.updatedAt());
	}

	private static RiskInput input(Risk r) {
		return new RiskInput(r.kind().name(), r.title(), r.hazard(), r.hazardousSituation(), r.harm(), r.asset(),
				r.threat(), r.vulnerability(), r.severity(), r.probability(), r.exploitability(), r.riskControls(),
				r.residualSeverity(), r.residualProbability(), r.residualExploitability(), r.fmeaSeverity(),
				r.fmeaOccurrence(), r.fmeaDetectability(), r.fmeaResidualOccurrence(), r.fmeaResidualDetectability());
	}

	private static String text(String field, String value, boolean required) {
		String v = value == null || value.isBlank() ? null : value.trim();
		if (v == null && required) {
			throw new InvalidRiskInputException(field, "is required");
		}
		if (v != null && v.length() > TEXT_MAX) {
			throw new InvalidRiskInputException(field, "at most " + TEXT_MAX + " characters, was " + v.length());
		}
		return v;
	}

}
