package org.gxpbridge.mail.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gxpbridge.security.Account;
import org.gxpbridge.shared.TimeDisplay;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes task mails, plain text and HTML. The subject carries
 * {@code [GxP-Bridge #<token>]} so a reply can be matched to its task and user; the body
 * repeats it on a reference line for clients that rewrite subjects.
 */
@Component
public class TaskMail {

	public static final Pattern SUBJECT_TOKEN = Pattern.compile("\\[GxP-Bridge #([A-Za-z0-9_-]{43})]");

	public static final Pattern BODY_TOKEN = Pattern.compile("Reference: GXP-([A-Za-z0-9_-]{43})");

	private final TaskLinks links;

	private final TimeDisplay time;

	TaskMail(TaskLinks links, TimeDisplay time) {
		this.links = links;
		this.time = time;
	}

	/**
	 * A task mail (new work, reminder or escalation) for one person, with a fresh link
	 * token bound to them.
	 */
	public OutgoingMail forTask(MailKind kind, TaskSummary task, Account to, boolean replyAllowed) {
		String token = links.issue(task.taskId(), to.userId());
		String link = links.link(task.taskId(), token);
		String headline = switch (kind) {
			case REMINDER -> "Reminder: a task is due soon";
			case ESCALATION -> "Escalation: a task is overdue";
			default -> "New task for you";
		};
		String subject = "[GxP-Bridge #" + token + "] " + headline.replaceFirst(":.*", "") + ": " + task.taskName()
				+ (task.businessKey() == null ? "" : " (" + task.businessKey() + ")");
		String due = task.due() == null ? "none" : time.show(task.due());
		String replyHint = replyAllowed
				? "You may also answer this e-mail: write APPROVE or REJECT on the first line, optionally followed by a comment."
				: "This step is completed in the inbox" + " (signing steps ask for your password there).";
		String text = "Dear " + to.fullName() + ",\n\n" + headline + ".\n\n" + "Task:         " + task.taskName() + "\n"
				+ "Process:      " + nz(task.processName()) + "\n" + "Business key: " + nz(task.businessKey()) + "\n"
				+ "Due:          " + due + "\n\n"
				+ "Open it (you will be asked to log in; the link works once and expires):\n" + link + "\n\n"
				+ replyHint + "\n\n" + "Reference: GXP-" + token + "\n";
		String html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif\">" + "<p>Dear " + esc(to.fullName())
				+ ",</p><p><strong>" + esc(headline) + ".</strong></p>" + "<table cellpadding=\"4\">"
				+ row("Task", task.taskName()) + row("Process", nz(task.processName()))
				+ row("Business key", nz(task.businessKey())) + row("Due", due) + "</table>" + "<p><a href=\""
				+ esc(link) + "\">Open the task</a> (you will be asked to log in; the link works once and expires)</p>"
				+ "<p>" + esc(replyHint) + "</p>" + "<p style=\"color:#777\">Reference: GXP-" + token
				+ "</p></body></html>";
		return new OutgoingMail(kind, task.taskId(), to.userId(), to.email(), subject, text, html, null);
	}

	/** Finds the token of a reply, in its subject or in the quoted reference line. */
	public static String tokenIn(String subject, String body) {
		Matcher m = SUBJECT_TOKEN.matcher(subject == null ? "" : subject);
		if (m.find()) {
			return m.group(1);
		}
		m = BODY_TOKEN.matcher(body == null ? "" : body);
		return m.find() ? m.group(1) : null;
	}

	private static String row(String label, String value) {
		return "<tr><th align=\"left\">" + esc(label) + "</th><td>" + esc(value) + "</td></tr>";
	}

	private static String esc(String s) {
		return HtmlUtils.htmlEscape(s == null ? "" : s);
	}

	private static String nz(String s) {
		return s == null || s.isBlank() ? "-" : s;
	}

}
