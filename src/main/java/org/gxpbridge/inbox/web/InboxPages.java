package org.gxpbridge.inbox.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gxpbridge.inbox.FormInvalidException;
import org.gxpbridge.inbox.Inbox;
import org.gxpbridge.inbox.InboxFilter;
import org.gxpbridge.inbox.TaskClosedException;
import org.gxpbridge.inbox.TaskPage;
import org.gxpbridge.inbox.internal.FormSchemas;
import org.gxpbridge.security.Access;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.ErrorPages;
import org.gxpbridge.shared.TimeDisplay;
import org.gxpbridge.signature.SignatureException;
import org.gxpbridge.signature.SignatureView;
import org.gxpbridge.workflow.ProcessStarted;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox pages: list with filters and counts, the task page, claim, unclaim and
 * completion.
 */
@Controller
@Access.AnyRole
class InboxPages {

	private final Inbox inbox;

	private final TimeDisplay time;

	private final FormJson json;

	InboxPages(Inbox inbox, TimeDisplay time, FormJson json) {
		this.inbox = inbox;
		this.time = time;
		this.json = json;
	}

	@GetMapping("/inbox")
	String list(@RequestParam(required = false) String process, @RequestParam(required = false) String businessKey,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
			@RequestParam(required = false) Integer minPriority, Authentication auth, Model model) {
		InboxFilter filter = new InboxFilter(process, businessKey,
				dueBefore == null ? null : dueBefore.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), minPriority);
		model.addAttribute("tasks", inbox.tasksFor(auth.getName(), filter, 200));
		model.addAttribute("counts", inbox.counts(auth.getName()));
		model.addAttribute("filter",
				Map.of("process", process == null ? "" : process, "businessKey", businessKey == null ? "" : businessKey,
						"dueBefore", dueBefore == null ? "" : dueBefore.toString(), "minPriority",
						minPriority == null ? "" : minPriority.toString()));
		return "inbox";
	}

	@GetMapping("/inbox/start")
	String startable(Authentication auth, Model model) {
		model.addAttribute("processes", inbox.startable(auth.getName()));
		return "start";
	}

	@GetMapping("/inbox/start/{processKey}")
	String startForm(@PathVariable String processKey, Authentication auth, Model model) {
		return startPage(processKey, auth, null, Map.of(), Map.of(), model);
	}

	private String startPage(String processKey, Authentication auth, String businessKey, Map<String, ?> values,
			Map<String, Object> errors, Model model) {
		model.addAttribute("processes", inbox.startable(auth.getName()));
		model.addAttribute("processKey", processKey);
		model.addAttribute("processName", inbox.processName(processKey));
		model.addAttribute("businessKey", businessKey);
		JsonNode schema = inbox.startSchema(processKey);
		model.addAttribute("askBusinessKey", FormSchemas.businessKeyField(schema).isEmpty());
		json.addForm(model, schema, values, errors);
		return "start";
	}

	@Access.ContentWriter
	@PostMapping("/inbox/start/{processKey}")
	String start(@PathVariable String processKey, @RequestParam Map<String, String> params, Authentication auth,
			HttpServletRequest request, Model model, RedirectAttributes flash) {
		String businessKey = params.get("businessKey");
		Map<String, Object> values = json.submitted(params, "businessKey");
		try {
			ProcessStarted started = inbox.start(processKey, businessKey, auth.getName(), values,
					TaskDocumentPages.uploads(request));
			flash.addFlashAttribute("info", "Started " + inbox.processName(processKey)
					+ (started.businessKey() == null ? "" : " for " + started.businessKey()));
			return "redirect:/inbox";
		}
		catch (FormInvalidException e) {
			model.addAttribute("error", e.getMessage());
			return startPage(processKey, auth, businessKey, values, e.errors(), model);
		}
		catch (DomainException e) {
			model.addAttribute("error", e.getMessage());
			return startPage(processKey, auth, businessKey, values, Map.of(), model);
		}
	}

	/**
	 * The task page. Opened from an e-mail link, the address carries a single-use token:
	 * mail's own page redeems it ({@code params = "token"}) and comes back here without
	 * it.
	 */
	@GetMapping("/inbox/tasks/{taskId}")
	String task(@PathVariable String taskId, Authentication auth, HttpServletResponse response, Model model) {
		try {
			return render(inbox.page(taskId, auth.getName()), model);
		}
		catch (TaskClosedException e) {
			// an old link (e-mail, bookmark) to a step someone finished: say so, as the
			// not-found it is
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAllAttributes(ErrorPages.model(HttpServletResponse.SC_NOT_FOUND, closed(e), e.code()));
			return ErrorPages.VIEW;
		}
	}

	@Access.ContentWriter
	@PostMapping("/inbox/tasks/{taskId}/claim")
	String claim(@PathVariable String taskId, Authentication auth, RedirectAttributes flash) {
		return act(() -> inbox.claim(taskId, auth.getName()), "Task claimed", "/inbox/tasks/" + taskId, flash);
	}

	@Access.ContentWriter
	@PostMapping("/inbox/tasks/{taskId}/unclaim")
	String unclaim(@PathVariable String taskId, Authentication auth, RedirectAttributes flash) {
		return act(() -> inbox.unclaim(taskId, auth.getName()), "Task handed back to the group", "/inbox", flash);
	}

	@Access.ContentWriter
	@PostMapping("/inbox/tasks/{taskId}/complete")
	String complete(@PathVariable String taskId, @RequestParam Map<String, String> params, Authentication auth,
			Model model, RedirectAttributes flash) {
		Map<String, Object> values = json.submitted(params);
		try {
			inbox.complete(taskId, auth.getName(), values);
		}
		catch (FormInvalidException e) {
			model.addAttribute("error", e.getMessage());
			return render(inbox.page(taskId, auth.getName()).withSubmission(values, e.errors()), model);
		}
		catch (TaskClosedException e) {
			flash.addFlashAttribute("error", closed(e));
			return "redirect:/inbox";
		}
		catch (DomainException e) {
			flash.addFlashAttribute("error", e.getMessage());
			return "redirect:/inbox/tasks/" + taskId;
		}
		flash.addFlashAttribute("info", "Task completed");
		return "redirect:/inbox";
	}

	/**
	 * Sign and complete: a wrong password shows an error and leaves the task open with
	 * the values kept.
	 */
	@Access.ContentWriter
	@PostMapping("/inbox/tasks/{taskId}/sign")
	String sign(@PathVariable String taskId, @RequestParam Map<String, String> params, Authentication auth,
			HttpServletRequest request, Model model, RedirectAttributes flash) {
		Map<String, Object> values = json.submitted(params);
		try {
			SignatureView signed = inbox.sign(taskId, auth.getName(), params.get("password"), params.get("meaning"),
					params.get("comment"), values, request.getRemoteAddr());
			flash.addFlashAttribute("info", "Signed as " + signed.meaning() + " by " + signed.printedName() + " at "
					+ signed.signedAtDisplay());
			return "redirect:/inbox";
		}
		catch (FormInvalidException e) {
			model.addAttribute("error", e.getMessage());
			return render(inbox.page(taskId, auth.getName()).withSubmission(values, e.errors()), model);
		}
		catch (TaskClosedException e) {
			flash.addFlashAttribute("error", closed(e));
			return "redirect:/inbox";
		}
		catch (SignatureException.TaskCompleted e) {
			// completed by someone else between opening the page and signing
			flash.addFlashAttribute("error", e.getMessage());
			return "redirect:/inbox";
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND) {
				flash.addFlashAttribute("error", e.getMessage());
				return "redirect:/inbox";
			}
			// a wrong password keeps everything the signer entered, read-only fields
			// included
			model.addAttribute("error", e.getMessage());
			model.addAttribute("signError", e.getMessage());
			return render(inbox.page(taskId, auth.getName()).withSubmission(values, Map.of()), model);
		}
	}

	private String render(TaskPage page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("task", page.task());
		json.addForm(model, page.formSchema(), page.formData(), page.formErrors());
		return "task";
	}

	private String act(Runnable action, String done, String next, RedirectAttributes flash) {
		try {
			action.run();
			flash.addFlashAttribute("info", done);
		}
		catch (TaskClosedException e) {
			flash.addFlashAttribute("error", closed(e));
			return "redirect:/inbox";
		}
		catch (DomainException e) {
			flash.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:" + next;
	}

	/** Who closed the step and when, in the page's time format. */
	private String closed(TaskClosedException e) {
		String step = e.taskName() == null ? "This step" : "The step \"" + e.taskName() + "\"";
		return step + " was already " + (e.closedBy() == null ? "closed" : "completed by " + e.closedBy()) + " at "
				+ time.show(e.closedAt()) + "; there is nothing left to do on it.";
	}

}
