package org.gxpbridge.audittrail.web;

import java.util.Map;

import org.gxpbridge.audittrail.internal.LegalHolds;
import org.gxpbridge.security.Access;
import org.gxpbridge.security.CurrentUser;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.NotPermittedException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Legal hold on a process instance's records, placed by a quality manager (CHK-19). */
@RestController
@RequestMapping("/api/audit/legal-holds")
@Access.QualityManager
class LegalHoldApi {

	private final LegalHolds holds;

	LegalHoldApi(LegalHolds holds) {
		this.holds = holds;
	}

	record HoldRequest(String reason) {
	}

	@PostMapping("/{processInstanceId}")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> place(@PathVariable String processInstanceId, @RequestBody HoldRequest request) {
		boolean qualityManager = SecurityContextHolder.getContext()
			.getAuthentication()
			.getAuthorities()
			.stream()
			.anyMatch(a -> Role.QUALITY_MANAGER.authority().equals(a.getAuthority()));
		if (!qualityManager) {
			throw new NotPermittedException("forbidden", "Only a quality manager may place a legal hold");
		}
		String batchId = holds.place(processInstanceId, request.reason(), CurrentUser.idOrSystem());
		return Map.of("processInstanceId", processInstanceId, "held", true, "removalTimeBatchId", batchId);
	}

}
