package org.gxpbridge.mail.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gxpbridge.mail.internal.LinkRedemption;
import org.gxpbridge.mail.internal.TaskLinks;
import org.gxpbridge.security.Access;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where the link of a task e-mail lands: {@code /inbox/tasks/{taskId}?token=…}, the
 * address every mail already sent carries, so it stays. Only requests with a token come
 * here; the task page itself is the inbox's. A replayed, expired, foreign or forged token
 * shows a page that says so and does nothing else (the refusal is recorded as a security
 * event); a valid one is used up and the browser goes on to the task page without it, so
 * the token never stays in its history. Login comes first, as for every page.
 */
@Controller
@Access.AnyRole
class TaskLinkPage {

	private final TaskLinks links;

	TaskLinkPage(TaskLinks links) {
		this.links = links;
	}

	@GetMapping(path = "/inbox/tasks/{taskId}", params = "token")
	String redeem(@PathVariable String taskId, @RequestParam String token, Authentication auth,
			HttpServletRequest request, Model model) {
		LinkRedemption redemption = links.redeem(token, taskId, auth.getName(), request.getRemoteAddr());
		if (!redemption.valid()) {
			model.addAttribute("redemption", redemption);
			model.addAttribute("taskId", taskId);
			return "link-refused";
		}
		return "redirect:/inbox/tasks/" + taskId;
	}

}
