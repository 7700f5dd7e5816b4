package org.gxpbridge.inspection.process;

import static org.gxpbridge.inspection.InspectionRequestModel.OUTCOME_PUBLISH;
import static org.gxpbridge.inspection.InspectionRequestModel.OUTCOME_REWORK;
import static org.gxpbridge.inspection.InspectionRequestModel.TASK_ASSIGN_REQUEST;
import static org.gxpbridge.inspection.InspectionRequestModel.TASK_PREPARE_RESPONSE;
import static org.gxpbridge.inspection.InspectionRequestModel.TASK_REVIEW_RESPONSE;
import static org.gxpbridge.inspection.InspectionRequestModel.VAR_ATTACHED_RECORDS;
import static org.gxpbridge.inspection.InspectionRequestModel.VAR_PREPARER;
import static org.gxpbridge.inspection.InspectionRequestModel.VAR_REQUEST_SUMMARY;
import static org.gxpbridge.inspection.InspectionRequestModel.VAR_RESPONSE_TEXT;
import static org.gxpbridge.inspection.InspectionRequestModel.VAR_REVIEW_COMMENT;
import static org.gxpbridge.inspection.InspectionRequestModel.VAR_REVIEW_OUTCOME;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gxpbridge.inspection.InspectionRequest;
import org.gxpbridge.inspection.InspectionRoom;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * The back room's steps write the request: on creation each step shows the request; on
 * completion the assignment, the response (its records resolved to process instances) and
 * the review are recorded, timed, with who acted from the engine's authentication. The
 * reviewer must not be who prepared the response, as the engine's history tells.
 */
@Component("inspectionRequestTaskListener")
class InspectionRequestTaskListener implements TaskListener {

	private final InspectionRoom room;

	private final InspectionRecordRefs refs;

	InspectionRequestTaskListener(InspectionRoom room, InspectionRecordRefs refs) {
		this.room = room;
		this.refs = refs;
	}

	@Override
	public void notify(DelegateTask task) {
		String pi = task.getProcessInstanceId();
		try {
			if (EVENTNAME_CREATE.equals(task.getEventName())) {
				room.forProcessInstance(pi).ifPresent(r -> task.setVariableLocal(VAR_REQUEST_SUMMARY, summary(r)));
				return;
			}
			String actor = Actor.currentOrAssignee(task);
			if (actor == null) {
				throw new AuthorizationException("This step is completed by a person, not by the server");
			}
			switch (task.getTaskDefinitionKey()) {
				case TASK_ASSIGN_REQUEST -> room.assign(pi, text(task, VAR_PREPARER), actor);
				case TASK_PREPARE_RESPONSE -> room.prepare(pi, text(task, VAR_RESPONSE_TEXT),
						refs.resolve(text(task, VAR_ATTACHED_RECORDS)), actor);
				case TASK_REVIEW_RESPONSE -> {
					String preparedBy = refs.preparedBy(pi);
					if (actor.equals(preparedBy)) {
						throw new AuthorizationException(
								"'" + actor + "' prepared this response and cannot review it (segregation of duties)");
					}
					String outcome = text(task, VAR_REVIEW_OUTCOME);
					if (!OUTCOME_PUBLISH.equals(outcome) && !OUTCOME_REWORK.equals(outcome)) {
						throw new ProcessEngineException("The review outcome is 'publish' or 'rework'");
					}
					room.review(pi, OUTCOME_PUBLISH.equals(outcome), text(task, VAR_REVIEW_COMMENT), actor);
				}
				default -> {
				}
			}
		}
		catch (DomainException e) {
			throw new ProcessEngineException(e.getMessage(), e);
		}
	}

	private static String text(DelegateTask task, String name) {
		Object value = task.getVariable(name);
		return value == null ? null : value.toString();
	}

	static String summary(InspectionRequest r) {
		return r.id() + " from " + r.requestedBy() + " at " + r.requestedAt() + ": " + r.subject() + "\n" + r.text()
				+ (r.recordRefs().isEmpty() ? "" : "\nRecords asked for: " + String.join(", ", r.recordRefs()));
	}

}
