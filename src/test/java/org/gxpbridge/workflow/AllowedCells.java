package org.gxpbridge.workflow;

import java.util.Set;

import org.gxpbridge.workflow.EngineRestOperations.Operation;
import org.gxpbridge.workflow.MatrixClient.Principal;

/**
 * The only (operation, person) cells of the matrix that need not be refused (issue 9,
 * DESIGN.md §5). Everything else must be refused for everybody. The fixture task is the
 * document review: a SIGNING step whose candidates are REVIEWER and QUALITY_MANAGER
 * (users reviewer, approver, qm).
 *
 * <pre>
 * operation                                          allowed for               strict readings taken here
 * start / submit-form (by id, key, key+tenant)       owner, qm                 candidate starter groups of both models
 *   + startInstructions / skipCustomListeners        nobody in the matrix      QUALITY_MANAGER with X-GxP-Reason only;
 *                                                                               the matrix's qm sends no reason
 * claim                                              reviewer, approver, qm    candidates of the review
 * unclaim                                            reviewer                  the task is assigned to reviewer first
 * setAssignee, delegate, identity-links add/delete   qm                        never admin
 * complete, submit-form, resolve (task)              nobody                    signing step: only /api/tasks/{id}/sign
 * bpmnError, bpmnEscalation (task)                   nobody                    the model catches neither
 * task variables / localVariables writes             nobody                    documentTitle is only a read-only field
 *                                                                               of the review form
 * task comment create, attachment create             reviewer, approver, qm    candidates
 * comment/attachment delete or update, task create/
 *   update/delete                                    nobody                    a record once written stays as written
 * decision evaluation                                owner, qm
 * filter create/update/delete                        admin                     never with an expression
 * process-instance/execution variables, modification,
 *   migration (also generate/validate), restart,
 *   suspension, deletion, jobs, job definitions,
 *   incidents, message, signal, condition,
 *   external tasks                                   nobody in the matrix      QUALITY_MANAGER with X-GxP-Reason only
 * deployment, definition delete, history delete,
 *   TTL, removal time, batches, operation log,
 *   identity, authorization, tenant, telemetry,
 *   metrics, identity/verify, password-policy        nobody
 * </pre> The allowed-with-a-reason cells of QUALITY_MANAGER would destroy the fixtures,
 * so the matrix never sends a reason as qm; it sends one as owner ("owner+reason") to
 * show that a reason alone unlocks nothing.
 */
final class AllowedCells {

	private static final Set<String> STARTERS = Set.of("owner", "qm");

	private static final Set<String> REVIEW_CANDIDATES = Set.of("reviewer", "approver", "qm");

	private AllowedCells() {
	}

	static boolean allows(Operation op, Principal who) {
		String user = who.user();
		if (user == null) {
			return false;
		}
		if (op.id().startsWith("startProcessInstance") || op.id().startsWith("submitForm")) {
			return op.variant() == null && STARTERS.contains(user);
		}
		if (op.is("evaluateDecisionByKey", "evaluateDecisionById", "evaluateDecisionByKeyAndTenant")) {
			return STARTERS.contains(user);
		}
		if (op.is("claim", "createComment", "addAttachment")) {
			return REVIEW_CANDIDATES.contains(user);
		}
		if (op.is("unclaim")) {
			return "reviewer".equals(user);
		}
		if (op.is("setAssignee")) {
			// the matrix sends the caller's own id: for the assignee (reviewer) that
			// changes nothing, like a claim
			return "qm".equals(user) || "reviewer".equals(user);
		}
		if (op.is("delegateTask", "addIdentityLink", "deleteIdentityLink")) {
			return "qm".equals(user);
		}
		if (op.is("createFilter", "updateFilter", "deleteFilter")) {
			return op.variant() == null && "admin".equals(user);
		}
		return false;
	}

}
