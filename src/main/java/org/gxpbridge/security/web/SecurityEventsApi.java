package org.gxpbridge.security.web;

import java.util.List;

import org.gxpbridge.security.Access;
import org.gxpbridge.security.SecurityEventRecorded;
import org.gxpbridge.security.internal.SecurityEventLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Security events and alerts for IT_SECURITY and administrators (P11-300d, CHK-11). */
@RestController
@RequestMapping("/api/security")
@Access.SecurityOfficer
class SecurityEventsApi {

	private final SecurityEventLog log;

	SecurityEventsApi(SecurityEventLog log) {
		this.log = log;
	}

	@GetMapping("/alerts")
	List<SecurityEventRecorded> alerts(@RequestParam(required = false) String user,
			@RequestParam(defaultValue = "100") int limit) {
		return log.recent(true, user, limit);
	}

	@GetMapping("/events")
	List<SecurityEventRecorded> events(@RequestParam(required = false) String user,
			@RequestParam(defaultValue = "100") int limit) {
		return log.recent(false, user, limit);
	}

}
