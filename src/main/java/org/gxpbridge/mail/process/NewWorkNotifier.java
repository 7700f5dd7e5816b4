package org.gxpbridge.mail.process;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.gxpbridge.mail.internal.MailKind;
import org.gxpbridge.mail.internal.MailOutbox;
import org.gxpbridge.mail.internal.NoticeLog;
import org.gxpbridge.mail.internal.Recipients;
import org.gxpbridge.mail.internal.TaskMail;
import org.gxpbridge.mail.internal.TaskSummary;
import org.gxpbridge.security.Account;
import org.springframework.stereotype.Component;

/**
 * On task creation: mails the assignee, else the candidate users and the members of the
 * candidate groups. On a later assignment: mails the new assignee, unless they claimed it
 * themselves. Each person is told once as a candidate and once as the assignee of a task,
 * however often it is reassigned.
 */
@Component
class NewWorkNotifier implements TaskListener {

	private final Recipients recipients;

	private final TaskMail mails;

	private final MailOutbox outbox;

	private final NoticeLog notices;

	private final Clock clock;

	NewWorkNotifier(Recipients recipients, TaskMail mails, MailOutbox outbox, NoticeLog notices, Clock clock) {
		this.recipients = recipients;
		this.mails = mails;
		this.outbox = outbox;
		this.notices = notices;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		List<Account> to;
		// an assignee is told under one stage whether the task was created assigned or
		// assigned later (the engine
		// fires "assignment" before "create" for tasks assigned at creation): one mail,
		// not two
		String stage = task.getAssignee() != null ? "ASSIGNED:" : "NEW_WORK:";
		if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
			Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
			boolean selfClaim = auth != null && task.getAssignee() != null
					&& task.getAssignee().equals(auth.getUserId());
			if (task.getAssignee() == null || selfClaim) {
				return;
			}
			to = recipients.resolve(List.of(task.getAssignee()), List.of());
		}
		else {
			to = task.getAssignee() != null ? recipients.resolve(List.of(task.getAssignee()), List.of())
					: candidates(task);
		}
		if (to.isEmpty()) {
			return;
		}
		TaskSummary summary = summary(task);
		boolean reply = replyAllowed(task);
		for (Account account : to) {
			if (notices.markOnce(task.getId(), stage + account.userId(), clock.instant())) {
				outbox.enqueue(mails.forTask(MailKind.NEW_TASK, summary, account, reply));
			}
		}
	}

	private List<Account> candidates(DelegateTask task) {
		List<String> users = new ArrayList<>();
		List<String> groups = new ArrayList<>();
		for (IdentityLink link : task.getCandidates()) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
				if (link.getUserId() != null) {
					users.add(link.getUserId());
				}
				if (link.getGroupId() != null) {
					groups.add(link.getGroupId());
				}
			}
		}
		return recipients.resolve(users, groups);
	}

	static TaskSummary summary(DelegateTask task) {
		var definition = task.getProcessEngineServices()
			.getRepositoryService()
			.getProcessDefinition(task.getProcessDefinitionId());
		String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
		return new TaskSummary(task.getId(), task.getName(), definition.getName(), businessKey,
				task.getDueDate() == null ? null : task.getDueDate().toInstant());
	}

	private static boolean replyAllowed(DelegateTask task) {
		return StepProperties
			.of((BpmnModelInstance) task.getBpmnModelElementInstance().getModelInstance(), task.getTaskDefinitionKey())
			.answerableByReply();
	}

}
