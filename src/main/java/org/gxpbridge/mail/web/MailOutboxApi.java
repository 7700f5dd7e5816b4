package org.gxpbridge.mail.web;

import java.util.List;

import org.gxpbridge.mail.internal.MailOutbox;
import org.gxpbridge.security.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox for administrators (the security chain limits /api/admin/** to ADMIN): what
 * waits, what failed and why. Bodies are never shown and link tokens in subjects are
 * masked.
 */
@RestController
@Access.Admin
class MailOutboxApi {

	private final MailOutbox outbox;

	MailOutboxApi(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/api/admin/mail/outbox")
	List<MailOutbox.Entry> outbox(@RequestParam(required = false) String status,
			@RequestParam(required = false) String taskId, @RequestParam(defaultValue = "100") int limit) {
		return outbox.recent(status, taskId, limit);
	}

}
