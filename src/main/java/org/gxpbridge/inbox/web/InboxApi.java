package org.gxpbridge.inbox.web;

import java.time.Instant;
import java.util.List;

import org.gxpbridge.inbox.Inbox;
import org.gxpbridge.inbox.InboxCounts;
import org.gxpbridge.inbox.InboxFilter;
import org.gxpbridge.inbox.InboxTask;
import org.gxpbridge.inbox.TaskPage;
import org.gxpbridge.security.Access;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The inbox as JSON, for clients and for the latency benchmark. */
@RestController
@RequestMapping("/api/inbox")
@Access.AnyRole
class InboxApi {

	record InboxView(InboxCounts counts, List<InboxTask> tasks) {
	}

	private final Inbox inbox;

	InboxApi(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	InboxView list(@RequestParam(required = false) String process, @RequestParam(required = false) String businessKey,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant dueBefore,
			@RequestParam(required = false) Integer minPriority, @RequestParam(defaultValue = "50") int max,
			Authentication auth) {
		return new InboxView(inbox.counts(auth.getName()),
				inbox.tasksFor(auth.getName(), new InboxFilter(process, businessKey, dueBefore, minPriority), max));
	}

	@GetMapping("/tasks/{taskId}")
	TaskPage task(@PathVariable String taskId, Authentication auth) {
		return inbox.page(taskId, auth.getName());
	}

}
