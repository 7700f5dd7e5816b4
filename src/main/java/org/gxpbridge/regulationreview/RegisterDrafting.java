package org.gxpbridge.regulationreview;

import org.gxpbridge.regulation.ApplicabilityRegister;
import org.gxpbridge.regulation.ApplicableFramework;
import org.gxpbridge.regulation.RegisterVersion;
import org.gxpbridge.regulationreview.process.ProposalTasks;
import org.gxpbridge.shared.NotPermittedException;
import org.gxpbridge.workflow.TaskModel;
import org.springframework.stereotype.Service;

/**
 * Editing a register version on its page: allowed only while the version's proposal step
 * is open and only to a user the task model lets work that step (the proposer, or another
 * quality manager who takes it over); the register itself refuses edits of a version that
 * is not DRAFT and changes after approval without a reason.
 */
@Service
public class RegisterDrafting {

	private final ApplicabilityRegister register;

	private final ProposalTasks proposals;

	private final TaskModel taskModel;

	RegisterDrafting(ApplicabilityRegister register, ProposalTasks proposals, TaskModel taskModel) {
		this.register = register;
		this.proposals = proposals;
		this.taskModel = taskModel;
	}

	/** Whether this user may edit the version now. */
	public boolean mayEdit(int version, String userId) {
		RegisterVersion v = register.version(version);
		return RegisterVersion.DRAFT.equals(v.status()) && proposals.openProposalTask(v.processInstanceId())
			.map(taskId -> taskModel.mayWork(taskId, userId))
			.orElse(false);
	}

	/** Adds or changes an entry as this user. */
	public ApplicableFramework saveEntry(int version, ApplicableFramework entry, String userId, String reason) {
		requireEditor(version, userId);
		return register.saveEntry(version, entry, userId, reason);
	}

	/** Removes an entry as this user. */
	public void removeEntry(int version, String frameworkId, String userId, String reason) {
		requireEditor(version, userId);
		register.removeEntry(version, frameworkId, userId, reason);
	}

	private void requireEditor(int version, String userId) {
		RegisterVersion v = register.version(version);
		if (RegisterVersion.DRAFT.equals(v.status()) && !mayEdit(version, userId)) {
			throw new NotPermittedException("register_not_editable_by_user",
					"Version " + version
							+ " of the applicability register is edited by whoever works its proposal step; " + userId
							+ " may not work it");
		}
	}

}
