package org.gxpbridge.inspection.web;

import java.time.Instant;

import org.gxpbridge.security.Account;
import org.gxpbridge.security.Accounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page tells an inspector until when their account is open: inspector accounts are
 * time-boxed by the expiry an administrator sets ({@link Account#validUntil()}). The
 * layout's header shows {@code inspectorAccessUntil}; other users get null and see
 * nothing.
 */
@ControllerAdvice(annotations = Controller.class)
class InspectorAccessAdvice {

	private final Accounts accounts;

	InspectorAccessAdvice(Accounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("inspectorAccessUntil")
	String inspectorAccessUntil() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth.getAuthorities().stream().noneMatch(a -> "ROLE_INSPECTOR".equals(a.getAuthority()))) {
			return null;
		}
		Instant until = accounts.find(auth.getName()).map(Account::validUntil).orElse(null);
		return until == null ? "no expiry set" : until.toString();
	}

}
