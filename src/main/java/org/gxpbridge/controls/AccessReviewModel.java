package org.gxpbridge.controls;

/**
 * Element ids and variable names of {@code processes/access-review.bpmn} (CHK-12,
 * 11.300(b)). ProcessModelContractTests checks that every id here exists in the model.
 */
public final class AccessReviewModel {

	public static final String PROCESS_KEY = "AccessReviewProcess";

	/** The timer's start, and a person's: the engine allows one such start event. */
	public static final String START_DUE = "StartEvent_AccessReviewDue";

	public static final String TASK_OPEN = "Task_OpenAccessReview";

	public static final String TASK_DISABLE_UNUSED = "Task_DisableUnusedAccounts";

	/** One task per role (multi-instance), to the quality managers. */
	public static final String TASK_REVIEW_ROLE = "Task_ReviewRoleMembers";

	/**
	 * The quality managers' own role, to an approver: no one confirms their own access.
	 */
	public static final String TASK_REVIEW_QUALITY_MANAGERS = "Task_ReviewQualityManagers";

	public static final String TASK_APPROVE = "Task_ApproveAccessReview";

	public static final String TASK_CLOSE = "Task_CloseAccessReview";

	public static final String END_APPROVED = "EndEvent_AccessReviewApproved";

	/** Variables. */
	public static final String VAR_REVIEW_ID = "reviewId";

	public static final String VAR_REVIEW_ROLES = "reviewRoles";

	public static final String VAR_REVIEWED_ROLE = "reviewedRole";

	public static final String VAR_MEMBERS = "membersUnderReview";

	public static final String VAR_REMOVE_MEMBERS = "removeMembers";

	public static final String VAR_REMOVAL_REASON = "removalReason";

	public static final String VAR_SUMMARY = "accessReviewSummary";

	public static final String VAR_DISABLED_ACCOUNTS = "disabledAccounts";

	private AccessReviewModel() {
	}

}
