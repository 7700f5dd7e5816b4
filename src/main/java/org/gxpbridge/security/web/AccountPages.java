package org.gxpbridge.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.gxpbridge.security.Access;
import org.gxpbridge.security.AccountException;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.SecuritySettings;
import org.gxpbridge.security.internal.SecurityEventLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Login, password change and the administrators' security overview, server-rendered. */
@Controller
class AccountPages {

	private final Accounts accounts;

	private final SecuritySettings settings;

	private final SecurityEventLog events;

	AccountPages(Accounts accounts, SecuritySettings settings, SecurityEventLog events) {
		this.accounts = accounts;
		this.settings = settings;
		this.events = events;
	}

	@Access.Public
	@GetMapping("/login")
	String login(HttpSession session, Model model) {
		Object error = session.getAttribute("loginError");
		if (error != null) {
			model.addAttribute("loginError", error);
			session.removeAttribute("loginError");
		}
		model.addAttribute("idleMinutes", settings.idleTimeout().toMinutes());
		return "login";
	}

	@Access.SignedIn
	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("minLength", settings.passwordMinLength());
		model.addAttribute("history", settings.passwordHistory());
		return "password";
	}

	@Access.SignedIn
	@PostMapping("/account/password")
	String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String confirmPassword, Authentication auth, HttpServletRequest request, Model model) {
		model.addAttribute("minLength", settings.passwordMinLength());
		model.addAttribute("history", settings.passwordHistory());
		if (!newPassword.equals(confirmPassword)) {
			model.addAttribute("error", "The new password and its confirmation differ");
			return "password";
		}
		try {
			accounts.changePassword(auth.getName(), currentPassword, newPassword, request.getRemoteAddr());
		}
		catch (AccountException e) {
			model.addAttribute("error", e.getMessage());
			return "password";
		}
		// the session was granted for the old password; sign in again with the new one
		new SecurityContextLogoutHandler().logout(request, null, auth);
		return "redirect:/login?changed";
	}

	@Access.SecurityOfficer
	@GetMapping("/admin/security")
	String securityOverview(Model model) {
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("alerts", events.recent(true, null, 100));
		return "admin-security";
	}

}
