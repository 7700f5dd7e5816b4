package org.gxpbridge.controls;

/**
 * Element ids and variable names of {@code processes/training.bpmn}: when a document
 * version becomes effective, every person whose roles' curriculum requires it gets their
 * own read-and-understood task (signed ACKNOWLEDGED); an overdue task is escalated to
 * quality managers without being taken from the person.
 */
public final class TrainingModel {

	public static final String PROCESS_KEY = "TrainingProcess";

	public static final String START_REQUIRED = "StartEvent_TrainingRequired";

	public static final String TASK_ASSIGN = "Task_AssignTraining";

	public static final String GATEWAY_ANYONE_TO_TRAIN = "Gateway_AnyoneToTrain";

	public static final String SUBPROCESS_TRAIN_PERSON = "SubProcess_TrainPerson";

	public static final String TASK_ACKNOWLEDGE = "Task_AcknowledgeTraining";

	public static final String TIMER_OVERDUE = "Timer_TrainingOverdue";

	public static final String TASK_ESCALATE = "Task_EscalateOverdueTraining";

	public static final String TASK_RECORD = "Task_RecordTraining";

	public static final String END_PERSON_TRAINED = "EndEvent_PersonTrained";

	public static final String END_ESCALATION_HANDLED = "EndEvent_EscalationHandled";

	public static final String END_TRAINING_COMPLETE = "EndEvent_TrainingComplete";

	public static final String END_NOBODY_TO_TRAIN = "EndEvent_NobodyToTrain";

	public static final String VAR_DOCUMENT_NUMBER = DocumentApprovalModel.VAR_DOCUMENT_NUMBER;

	public static final String VAR_VERSION = DocumentApprovalModel.VAR_VERSION;

	public static final String VAR_TITLE = DocumentApprovalModel.VAR_TITLE;

	/**
	 * The people to train (user ids), written by Task_AssignTraining from the curriculum.
	 */
	public static final String VAR_TRAINEES = "trainees";

	/** Whether {@link #VAR_TRAINEES} names anyone. */
	public static final String VAR_ANYONE_TO_TRAIN = "anyoneToTrain";

	/** One person of {@link #VAR_TRAINEES}: the assignee of their own task. */
	public static final String VAR_TRAINEE = "trainee";

	/** When the read-and-understood is due (a date); the overdue timer fires then. */
	public static final String VAR_DUE_AT = "trainingDueAt";

	public static final String VAR_ESCALATION_ACTION = "escalationAction";

	/** The signature meaning of the read-and-understood. */
	public static final String MEANING = "ACKNOWLEDGED";

	private TrainingModel() {
	}

}
