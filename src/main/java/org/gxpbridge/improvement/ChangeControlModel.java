package org.gxpbridge.improvement;

/**
 * Element ids and variable names of {@code processes/change-control.bpmn} (issue 13 item
 * 2). ProcessModelContractTests checks that every id here exists in the model.
 */
public final class ChangeControlModel {

	public static final String PROCESS_KEY = "ChangeControlProcess";

	/** The request is the start form (or the umbrella's call activity's inputs). */
	public static final String START_REQUESTED = "StartEvent_ChangeRequested";

	public static final String TASK_REGISTER = "Task_RegisterChangeRequest";

	public static final String TASK_ASSESS = "Task_AssessChangeImpact";

	/** Signing step, meaning APPROVED; the requester is refused. */
	public static final String TASK_APPROVE = "Task_ApproveChange";

	public static final String GATEWAY_APPROVED = "Gateway_ChangeApproved";

	public static final String TASK_RECORD_REJECTION = "Task_RecordChangeRejection";

	public static final String END_REJECTED = "End_ChangeRejected";

	/** Release: Signatures.missingForRelease, then the document revisions start. */
	public static final String TASK_RELEASE = "Task_ReleaseChange";

	public static final String TASK_IMPLEMENT = "Task_ImplementChange";

	/** The installed artifact against the approved hash or the release certificate. */
	public static final String TASK_VERIFY_ARTIFACT = "Task_VerifyChangeArtifact";

	public static final String GATEWAY_ARTIFACT = "Gateway_ArtifactVerified";

	public static final String TASK_RAISE_DEVIATION = "Task_RaiseChangeDeviation";

	public static final String END_DEVIATION = "End_DeviationRaised";

	public static final String GATEWAY_DOCUMENTS = "Gateway_DocumentsEffective";

	/** Waits for the message {@link #DOCUMENTS_EFFECTIVE_MESSAGE_NAME}. */
	public static final String EVENT_DOCUMENTS_EFFECTIVE = "Event_DocumentsEffective";

	/** The message element; correlated by {@link #DOCUMENTS_EFFECTIVE_MESSAGE_NAME}. */
	public static final String MESSAGE_DOCUMENTS_EFFECTIVE = "Message_ChangeDocumentsEffective";

	public static final String DOCUMENTS_EFFECTIVE_MESSAGE_NAME = "ChangeDocumentsEffective";

	/** Post-implementation verification, by someone other than the implementer. */
	public static final String TASK_VERIFY = "Task_VerifyChangeImplementation";

	public static final String GATEWAY_VERIFIED = "Gateway_ChangeVerified";

	/** Waits gxp.change-control.effectiveness-check (default P30D). */
	public static final String EVENT_EFFECTIVENESS_DUE = "Event_EffectivenessCheckDue";

	public static final String TASK_EFFECTIVENESS = "Task_CheckChangeEffectiveness";

	public static final String GATEWAY_EFFECTIVE = "Gateway_ChangeEffective";

	public static final String TASK_CLOSE = "Task_CloseChange";

	public static final String END_CLOSED = "End_ChangeClosed";

	/** Variables of the start form (the request). */
	public static final String VAR_KIND = "changeKind";

	public static final String VAR_TITLE = "changeTitle";

	public static final String VAR_DESCRIPTION = "changeDescription";

	public static final String VAR_REASON = "changeReason";

	/** Risk references {@code registerId/riskId}, comma or line separated. */
	public static final String VAR_RISK_IDS = "linkedRiskIds";

	/** Controlled document numbers, comma or line separated. */
	public static final String VAR_DOCUMENT_NUMBERS = "linkedDocumentNumbers";

	public static final String VAR_APPROVED_SHA256 = "approvedSha256";

	/** Written by the server. */
	public static final String VAR_CHANGE_ID = "changeRequestId";

	public static final String VAR_SUMMARY = "changeSummary";

	public static final String VAR_IMPACT_VALIDATION = "impactValidation";

	public static final String VAR_IMPACT_PATIENT_SAFETY = "impactPatientSafety";

	public static final String VAR_IMPACT_DATA_INTEGRITY = "impactDataIntegrity";

	/** {@code approve} or {@code reject}. */
	public static final String VAR_APPROVAL_OUTCOME = "approvalOutcome";

	public static final String VAR_APPROVAL_COMMENT = "approvalComment";

	public static final String VAR_IMPLEMENTATION_NOTE = "implementationNote";

	/** Written by the artifact check; the gateway branches on it. */
	public static final String VAR_ARTIFACT_VERIFIED = "artifactVerified";

	/** Written by the artifact check: revised documents not yet effective. */
	public static final String VAR_DOCUMENTS_PENDING = "documentsPending";

	public static final String VAR_VERIFICATION_PASSED = "verificationPassed";

	public static final String VAR_VERIFICATION_COMMENT = "verificationComment";

	public static final String VAR_EFFECTIVE = "changeEffective";

	public static final String VAR_EFFECTIVENESS_COMMENT = "effectivenessComment";

	public static final String APPROVE = "approve";

	public static final String REJECT = "reject";

	private ChangeControlModel() {
	}

}
