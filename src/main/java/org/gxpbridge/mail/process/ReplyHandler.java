package org.gxpbridge.mail.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gxpbridge.mail.internal.InboundReply;
import org.gxpbridge.mail.internal.LinkTokenStore.StoredLink;
import org.gxpbridge.mail.internal.ReplyAnswers;
import org.gxpbridge.mail.internal.ReplyDecider;
import org.gxpbridge.mail.internal.ReplyOutcome;
import org.gxpbridge.mail.internal.TaskLinks;
import org.gxpbridge.mail.internal.TokenCheck;
import org.gxpbridge.mail.internal.TokenCheck.Verdict;
import org.gxpbridge.security.Account;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.SecurityEventType;
import org.gxpbridge.shared.DatabaseOutage;
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

	private static final String ALREADY_ANSWERED = "This task e-mail was already answered or its link used; each works once. Nothing more was done.";

	private final TokenCheck tokens;

	private final TaskLinks taskLinks;

	private final Accounts accounts;

	private final Workflow workflow;

	private final TaskService tasks;

	private final RepositoryService repository;

	private final ReplyAnswers answers;

	private final TransactionTemplate transaction;

	ReplyHandler(TokenCheck tokens, TaskLinks taskLinks, Accounts accounts, Workflow workflow, TaskService tasks,
			RepositoryService repository, ReplyAnswers answers, TransactionTemplate transaction) {
		this.tokens = tokens;
		this.taskLinks = taskLinks;
		this.accounts = accounts;
		this.workflow = workflow;
		this.tasks = tasks;
		this.repository = repository;
		this.answers = answers;
		this.transaction = transaction;
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
		Verdict verdict = tokens.forReply(reply.token(), reply.sender());
		if (!verdict.valid()) {
			return refuse(reply, verdict);
		}
		StoredLink link = verdict.link();
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
		return complete(reply, verdict, task, step);
	}

	private ReplyOutcome complete(InboundReply reply, Verdict verdict, Task task, StepProperties step) {
		StoredLink link = verdict.link();
		String value = "APPROVE".equals(reply.decision()) ? "APPROVED" : "REJECTED";
		try {
			Boolean done = transaction.execute(status -> {
				if (!tokens.use(verdict, TokenCheck.VIA_REPLY)) {
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
				return refuse(reply, ReplyOutcome.TOKEN_USED, link.userId(), task.getId(), false, ALREADY_ANSWERED);
			}
		}
		catch (ProcessEngineException e) {
			if (DatabaseOutage.isOutage(e)) {
				// not the engine's answer: the reply stays in the mailbox for the next
				// poll
				throw e;
			}
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

	/**
	 * A token the check refused. A foreign sender is recorded against whoever the sender
	 * is (or "unknown"), not against the person the mail was sent to; a closed account
	 * gets no answer, which would tell its state to whoever reads the mailbox.
	 */
	private ReplyOutcome refuse(InboundReply reply, Verdict verdict) {
		ReplyOutcome outcome = ReplyOutcome.of(verdict.outcome());
		boolean alert = verdict.outcome().alert();
		StoredLink link = verdict.link();
		Account account = verdict.account();
		return switch (verdict.outcome()) {
			case UNKNOWN -> refuse(reply, outcome, null, null, alert,
					"The task reference in your message is not valid, so nothing was done.");
			case FOREIGN -> refuse(reply, outcome, null, link.taskId(), alert,
					"Your address is not the one this task e-mail was sent to, so nothing was done.",
					"reference issued to " + link.userId());
			case ACCOUNT_INACTIVE -> refuse(reply, outcome, link.userId(), link.taskId(), alert, null,
					"the account of " + link.userId() + " is not active: " + account.status()
							+ (account.validUntil() == null ? "" : ", access until " + account.validUntil()));
			case ALREADY_USED -> refuse(reply, outcome, link.userId(), link.taskId(), alert, ALREADY_ANSWERED);
			default -> refuse(reply, outcome, link.userId(), link.taskId(), alert,
					"This task e-mail has expired, so nothing was done. Open the task from your inbox.");
		};
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
