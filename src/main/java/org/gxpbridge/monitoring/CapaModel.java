package org.gxpbridge.monitoring;

/**
 * Element ids and variable names of {@code processes/capa.bpmn} (21 CFR 820.100, ISO
 * 13485 8.5.2). ProcessModelContractTests checks that every id here exists in the model.
 */
public final class CapaModel {

	public static final String PROCESS_KEY = "CapaProcess";

	public static final String DECISION_KEY = "CapaPriorityDecision";

	public static final String START_REPORTED = "StartEvent_CapaReported";

	public static final String TASK_REGISTER = "Task_RegisterCapa";

	public static final String GATEWAY_SOURCE = "Gateway_CapaSource";

	public static final String TASK_DETECT = "Task_DetectIncident";

	public static final String TASK_CONTAIN = "Task_ContainIncident";

	public static final String TASK_ERADICATE = "Task_EradicateThreat";

	public static final String TASK_RECOVER = "Task_RecoverSystems";

	public static final String TASK_LESSONS_LEARNED = "Task_RecordLessonsLearned";

	public static final String TASK_INVESTIGATE = "Task_InvestigateCapa";

	public static final String TASK_PLAN_ACTIONS = "Task_PlanCapaActions";

	public static final String TASK_IMPLEMENT_ACTION = "Task_ImplementCapaAction";

	public static final String EVENT_EFFECTIVENESS_DUE = "TimerEvent_EffectivenessCheckDue";

	public static final String TASK_CHECK_EFFECTIVENESS = "Task_CheckEffectiveness";

	public static final String GATEWAY_EFFECTIVE = "Gateway_Effective";

	public static final String TASK_APPROVE_CLOSURE = "Task_ApproveCapaClosure";

	public static final String GATEWAY_CLOSURE = "Gateway_ClosureDecision";

	public static final String TASK_CLOSE = "Task_CloseCapa";

	public static final String END_CLOSED = "EndEvent_CapaClosed";

	/** Variables (names as in the forms). */
	public static final String VAR_CAPA_ID = "capaId";

	public static final String VAR_TITLE = "capaTitle";

	public static final String VAR_DESCRIPTION = "capaDescription";

	public static final String VAR_SOURCE = "capaSource";

	public static final String VAR_SOURCE_REFERENCE = "capaSourceReference";

	public static final String VAR_SEVERITY = "capaSeverity";

	public static final String VAR_RECURRENCE = "capaRecurrence";

	public static final String VAR_PATIENT_SAFETY = "capaPatientSafetyImpact";

	public static final String VAR_PRIORITY = "capaPriority";

	public static final String VAR_DUE_DATE = "capaDueDate";

	public static final String VAR_INCIDENT = "cybersecurityIncident";

	public static final String VAR_INCIDENT_NOTES = "incidentNotes";

	public static final String VAR_ROOT_CAUSE_METHOD = "rootCauseMethod";

	/** why1 … why5 */
	public static final String VAR_WHY_PREFIX = "why";

	/** fishbonePeople, fishboneMethod, … (RootCause.FISHBONE_CATEGORIES) */
	public static final String VAR_FISHBONE_PREFIX = "fishbone";

	public static final String VAR_ROOT_CAUSE = "rootCause";

	public static final String VAR_ACTION_IDS = "capaActionIds";

	public static final String VAR_ACTION_ID = "capaActionId";

	public static final String VAR_ACTION_OWNER = "capaActionOwner";

	public static final String VAR_ACTION_OUTCOME = "actionOutcome";

	public static final String VAR_EFFECTIVENESS_DELAY = "effectivenessCheckDelay";

	public static final String VAR_EFFECTIVE = "capaEffective";

	public static final String VAR_EFFECTIVENESS_EVIDENCE = "effectivenessEvidence";

	public static final String VAR_CLOSURE_DECISION = "closureDecision";

	public static final String VAR_CLOSURE_COMMENT = "closureComment";

	/** Values of {@link #VAR_EFFECTIVE}. */
	public static final String EFFECTIVE = "EFFECTIVE";

	public static final String NOT_EFFECTIVE = "NOT_EFFECTIVE";

	/** Values of {@link #VAR_CLOSURE_DECISION}. */
	public static final String CLOSURE_APPROVED = "APPROVED";

	public static final String CLOSURE_REOPENED = "REOPENED";

	private CapaModel() {
	}

}
