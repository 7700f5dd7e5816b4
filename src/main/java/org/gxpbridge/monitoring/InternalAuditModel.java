package org.gxpbridge.monitoring;

/**
 * Element ids and variable names of {@code processes/internal-audit.bpmn}: one instance
 * per audit area, cycling plan → checklist → execute → signed report → finding
 * dispositions every interval AuditFrequencyDecision sets (ISO 13485 8.2.4).
 */
public final class InternalAuditModel {

	public static final String PROCESS_KEY = "InternalAuditProcess";

	public static final String DECISION_KEY = "AuditFrequencyDecision";

	public static final String START_ENROLLED = "StartEvent_AuditAreaEnrolled";

	public static final String TASK_ENROL = "Task_EnrolAuditArea";

	public static final String TASK_DETERMINE_FREQUENCY = "Task_DetermineAuditFrequency";

	public static final String EVENT_AUDIT_DUE = "TimerEvent_AuditDue";

	public static final String TASK_PLAN = "Task_PlanAudit";

	public static final String TASK_EXECUTE = "Task_ExecuteAudit";

	public static final String TASK_APPROVE_REPORT = "Task_ApproveAuditReport";

	public static final String GATEWAY_REPORT_DECISION = "Gateway_ReportDecision";

	public static final String TASK_DISPOSE_FINDING = "Task_DisposeFinding";

	public static final String TASK_CLOSE_CYCLE = "Task_CloseAuditCycle";

	public static final String GATEWAY_AREA_ACTIVE = "Gateway_AreaInProgramme";

	public static final String END_RETIRED = "EndEvent_AreaRetired";

	/** Variables (names as in the forms). */
	public static final String VAR_AREA_ID = "auditAreaId";

	public static final String VAR_AREA_NAME = "areaName";

	public static final String VAR_AREA_OWNER = "areaOwner";

	public static final String VAR_RISK_LEVEL = "areaRiskLevel";

	public static final String VAR_AUDIT_ID = "auditId";

	public static final String VAR_INTERVAL = "auditInterval";

	public static final String VAR_AUDITOR = "auditor";

	public static final String VAR_AUDIT_ASSIGNEE = "auditAssignee";

	public static final String VAR_SCOPE = "auditScope";

	public static final String VAR_SUMMARY = "auditSummary";

	public static final String VAR_REPORT_DECISION = "reportDecision";

	public static final String VAR_REPORT_COMMENT = "reportComment";

	public static final String VAR_FINDING_IDS = "auditFindingIds";

	public static final String VAR_FINDING_ID = "auditFindingId";

	public static final String VAR_DISPOSITION = "findingDisposition";

	public static final String VAR_JUSTIFICATION = "dispositionJustification";

	public static final String VAR_AREA_ACTIVE = "auditAreaActive";

	/** Values of {@link #VAR_REPORT_DECISION}. */
	public static final String REPORT_APPROVED = "APPROVED";

	public static final String REPORT_CHANGES_REQUESTED = "CHANGES_REQUESTED";

	/** Values of {@link #VAR_DISPOSITION}. */
	public static final String RAISE_CAPA = "RAISE_CAPA";

	public static final String CLOSE_FINDING = "CLOSE";

	private InternalAuditModel() {
	}

}
