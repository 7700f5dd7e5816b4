package org.gxpbridge.mail.process;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gxpbridge.mail.TaskLinks;
import org.gxpbridge.mail.internal.InboundReply;
import org.gxpbridge.mail.internal.LinkTokenStore;
import org.gxpbridge.mail.internal.LinkTokenStore.StoredLink;
import org.gxpbridge.mail.internal.ReplyAnswers;
import org.gxpbridge.mail.internal.ReplyDecider;
import org.gxpbridge.mail.internal.ReplyOutcome;
import org.gxpbridge.security.Account;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.SecurityEventType;
import org.gxpbridge.workflow.Workflow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reply to approve (issue 6 item 3). A reply completes a task only when its token is
 * known, unused and unexpired, its sender is the e-mail address of the token's user, the
 * step is not a signing step and allows replies, and the first line says APPROVE or
 * REJECT. The completion runs as that user, so the engine's eligibility guard applies.
 * Every other reply completes nothing, is answered (except auto-replies, to avoid mail
 * loops) and is recorded.
 */
@Component
class ReplyHandler implements ReplyDecider {

	private final LinkTokenStore links;

	private final TaskLinks taskLinks;

	private final Accounts accounts;

	private final Workflow workflow;

	private final TaskService tasks;

	private final RepositoryService repository;

	private final ReplyAnswers answers;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ReplyHandler(LinkTokenStore links, TaskLinks taskLinks, Accounts accounts, Workflow workflow, TaskService tasks,
			RepositoryService repository, ReplyAnswers answers, TransactionTemplate transaction, Clock clock) {
		this.links = links;
		this.taskLinks = taskLinks;
		this.accounts = accounts;
		this.workflow = workflow;
		this.tasks = tasks;
		this.repository = repository;
		this.answers = answers;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public ReplyOutcome decide(InboundReply reply) {
		if (reply.autoReply()) {
			return refuse(reply, ReplyOutcome.AUTO_REPLY, null, null, false, null);
		}
		if (reply.token() == null) {
			return refuse(reply, ReplyOutcome.NO_REFERENCE, null, null, false,
					"Your message carried no task reference, so nothing was done. Reply to the task e-mail itself.");
		}
		Optional<StoredLink> found = links.find(TaskLinks.hash(reply.token()));
		if (found.isEmpty()) {
			return refuse(reply, ReplyOutcome.UNKNOWN_TOKEN, null, null, true,
					"The task reference in your message is not valid, so nothing was done.");
		}
		StoredLink link = found.get();
		Optional<Account> account = accounts.find(link.userId());
		if (account.isEmpty() || !account.get().email().equalsIgnoreCase(reply.sender())) {
			// recorded against whoever the sender is (or "unknown"), not against the
			// person the mail was sent to
			return refuse(reply, ReplyOutcome.FOREIGN_SENDER, null, link.taskId(), true,
					"Your address is not the one this task e-mail was sent to, so nothing was done.",
					"reference issued to " + link.userId());
		}
		if (!account.get().isActiveAt(clock.instant())) {
			// a closed account acts in no way; no answer either, which would tell its
			// state to whoever reads the mailbox
			return refuse(reply, ReplyOutcome.ACCOUNT_INACTIVE, link.userId(), link.taskId(), true, null,
					"the account of " + link.userId() + " is not active: " + account.get().status()
							+ (account.get().validUntil() == null ? ""
									: ", access until " + account.get().validUntil()));
		}
		if (link.usedAt() != null) {
			return refuse(reply, ReplyOutcome.TOKEN_USED, link.userId(), link.taskId(), false,
					"This task e-mail was already answered or its link used; each works once. Nothing more was done.");
		}
		if (!clock.instant().isBefore(link.expiresAt())) {
			return refuse(reply, ReplyOutcome.TOKEN_EXPIRED, link.userId(), link.taskId(), false,
					"This task e-mail has expired, so nothing was done. Open the task from your inbox.");
		}
		Task task = tasks.createTaskQuery().taskId(link.taskId()).singleResult();
		if (task == null) {
			return refuse(reply, ReplyOutcome.TASK_DONE, link.userId(), link.taskId(), false,
					"This task is already done or withdrawn, so your answer changed nothing.");
		}
		StepProperties step = StepProperties.of(repository.getBpmnModelInstance(task.getProcessDefinitionId()),
				task.getTaskDefinitionKey());
		if (step.signing() || !step.answerableByReply()) {
			String newLink = taskLinks.link(task.getId(), taskLinks.issue(task.getId(), link.userId()));
			return refuse(reply, step.signing() ? ReplyOutcome.SIGNING_STEP : ReplyOutcome.NOT_BY_REPLY, link.userId(),
					task.getId(), false,
					(step.signing()
							? "\"" + task.getName() + "\" is a signing step (" + step.signatureMeaning()
									+ "): it needs your "
									+ "electronic signature with your password and cannot be answered by e-mail."
							: "\"" + task.getName() + "\" needs its form filled in and cannot be answered by e-mail.")
							+ " Nothing was done. Open it here (login required; the link works once):\n" + newLink);
		}
		if (reply.decision() == null) {
			return refuse(reply, ReplyOutcome.NO_DECISION, link.userId(), task.getId(), false,
					"The first line of your answer must be APPROVE or REJECT (optionally followed by a comment). Nothing was done;"
							+ " you may answer the original e-mail again.");
		}
		return complete(reply, link, task, step);
	}

	private ReplyOutcome complete(InboundReply reply, StoredLink link, Task task, StepProperties step) {
		String value = "APPROVE".equals(reply.decision()) ? "APPROVED" : "REJECTED";
		try {
			Boolean done = transaction.execute(status -> {
				if (!links.markUsed(link.tokenHash(), clock.instant(), TaskLinks.VIA_REPLY)) {
					return false;
				}
				Map<String, Object> variables = new HashMap<>();
				variables.put(step.replyOutcomeVariable(), value);
				if (step.replyCommentVariable() != null && reply.comment() != null) {
					variables.put(step.replyCommentVariable(), reply.comment());
				}
				workflow.runAs(link.userId(), () -> {
					if (task.getAssignee() == null) {
						tasks.claim(task.getId(), link.userId());
					}
					tasks.createComment(task.getId(), task.getProcessInstanceId(),
							"Answered by e-mail reply " + reply.messageId() + ": " + reply.decision()
									+ (reply.comment() == null ? "" : " — " + reply.comment()));
					tasks.complete(task.getId(), variables);
					return null;
				});
				return true;
			});
			if (!Boolean.TRUE.equals(done)) {
				return refuse(reply, ReplyOutcome.TOKEN_USED, link.userId(), task.getId(), false,
						"This task e-mail was already answered or its link used; each works once. Nothing more was done.");
			}
		}
		catch (ProcessEngineException e) {
			return refuse(reply, ReplyOutcome.REFUSED_BY_ENGINE, link.userId(), task.getId(), true, "Your answer to \""
					+ task.getName() + "\" was not accepted: " + e.getMessage() + ". Nothing was done.");
		}
		accounts.recordSecurityEvent(SecurityEventType.MAIL_REPLY_ACCEPTED, link.userId(), address(reply),
				"task " + task.getId() + " completed by e-mail reply " + reply.messageId() + ": " + value, false);
		answers.answer(reply, link.userId(), task.getId(),
				"Thank you. \"" + task.getName() + "\" was completed with your answer " + reply.decision()
						+ (reply.comment() == null ? "" : " and the comment: " + reply.comment()) + ".");
		return ReplyOutcome.COMPLETED;
	}

	private ReplyOutcome refuse(InboundReply reply, ReplyOutcome outcome, String userId, String taskId, boolean alert,
			String answer) {
		return refuse(reply, outcome, userId, taskId, alert, answer, null);
	}

	private ReplyOutcome refuse(InboundReply reply, ReplyOutcome outcome, String userId, String taskId, boolean alert,
			String answer, String note) {
		String user = userId != null ? userId
				: accounts.all()
					.stream()
					.filter(a -> a.email().equalsIgnoreCase(String.valueOf(reply.sender())))
					.map(Account::userId)
					.findFirst()
					.orElse("unknown");
		accounts.recordSecurityEvent(SecurityEventType.MAIL_REPLY_REFUSED, user, address(reply),
				"e-mail reply " + reply.messageId() + " from " + reply.sender()
						+ (taskId == null ? "" : " for task " + taskId) + " completed nothing: " + outcome
						+ (note == null ? "" : " (" + note + ")"),
				alert);
		// no answer to strangers without a reference: the approvals mailbox gets spam,
		// and answering it is backscatter
		boolean stranger = "unknown".equals(user) && outcome == ReplyOutcome.NO_REFERENCE;
		if (answer != null && !stranger) {
			answers.answer(reply, user, taskId, answer);
		}
		return outcome;
	}

	/**
	 * The security log's client address column is short; the full sender is in the
	 * detail.
	 */
	private static String address(InboundReply reply) {
		String sender = "mail:" + reply.sender();
		return sender.length() <= 64 ? sender : sender.substring(0, 64);
	}

}
