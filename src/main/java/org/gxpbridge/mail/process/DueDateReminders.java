package org.gxpbridge.mail.process;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.gxpbridge.mail.MailSettings;
import org.gxpbridge.mail.internal.DueDateScan;
import org.gxpbridge.mail.internal.MailKind;
import org.gxpbridge.mail.internal.MailOutbox;
import org.gxpbridge.mail.internal.NoticeLog;
import org.gxpbridge.mail.internal.Recipients;
import org.gxpbridge.mail.internal.TaskMail;
import org.gxpbridge.mail.internal.TaskSummary;
import org.gxpbridge.security.Account;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders and escalation for every process, one mechanism (issue 6 item 4): open tasks
 * with a due date within {@code gxp.mail.reminder-before} remind their assignee (else
 * candidates) once; overdue tasks escalate once to the members of
 * {@code gxp.mail.escalation-role}. The notice log makes each stage happen once per task,
 * across restarts and nodes.
 */
@Component
class DueDateReminders implements DueDateScan {

	static final String REMINDER = "REMINDER";
	static final String ESCALATION = "ESCALATION";

	private static final int PAGE = 200;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final Recipients recipients;

	private final TaskMail mails;

	private final MailOutbox outbox;

	private final NoticeLog notices;

	private final MailSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DueDateReminders(TaskService tasks, RuntimeService runtime, RepositoryService repository, Recipients recipients,
			TaskMail mails, MailOutbox outbox, NoticeLog notices, MailSettings settings,
			TransactionTemplate transaction, Clock clock) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.repository = repository;
		this.recipients = recipients;
		this.mails = mails;
		this.outbox = outbox;
		this.notices = notices;
		this.settings = settings;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** One scan; returns how many notices were queued. */
	@Override
	public int scan() {
		Instant now = clock.instant();
		int queued = 0;
		for (int first = 0;; first += PAGE) {
			List<Task> page = tasks.createTaskQuery()
				.active()
				.dueBefore(Date.from(now.plus(settings.reminderBefore())))
				.orderByDueDate()
				.asc()
				.orderByTaskId()
				.asc()
				.listPage(first, PAGE);
			for (Task task : page) {
				boolean overdue = task.getDueDate().toInstant().isBefore(now);
				Integer n = transaction.execute(status -> notify(task, overdue ? ESCALATION : REMINDER));
				queued += n == null ? 0 : n;
			}
			if (page.size() < PAGE) {
				return queued;
			}
		}
	}

	private int notify(Task task, String stage) {
		if (!notices.markOnce(task.getId(), stage, clock.instant())) {
			return 0;
		}
		List<Account> to = ESCALATION.equals(stage) ? recipients.withRole(settings.escalationRole())
				: task.getAssignee() != null ? recipients.resolve(List.of(task.getAssignee()), List.of())
						: candidates(task);
		var definition = repository.getProcessDefinition(task.getProcessDefinitionId());
		String businessKey = businessKey(task);
		TaskSummary summary = new TaskSummary(task.getId(), task.getName(), definition.getName(), businessKey,
				task.getDueDate().toInstant());
		boolean reply = StepProperties
			.of(repository.getBpmnModelInstance(task.getProcessDefinitionId()), task.getTaskDefinitionKey())
			.answerableByReply();
		for (Account account : to) {
			outbox.enqueue(mails.forTask(ESCALATION.equals(stage) ? MailKind.ESCALATION : MailKind.REMINDER, summary,
					account, reply && !ESCALATION.equals(stage)));
		}
		return to.size();
	}

	private String businessKey(Task task) {
		if (task.getProcessInstanceId() == null) {
			return null;
		}
		var instance = runtime.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult();
		return instance == null ? null : instance.getBusinessKey();
	}

	private List<Account> candidates(Task task) {
		List<String> users = new ArrayList<>();
		List<String> groups = new ArrayList<>();
		for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
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

}
