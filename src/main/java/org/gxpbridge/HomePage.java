package org.gxpbridge;

import org.gxpbridge.security.Access;
import org.gxpbridge.security.Accounts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after login: who you are and where your work is. */
@Controller
@Access.AnyRole
class HomePage {

	private final Accounts accounts;

	HomePage(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/")
	String home(Authentication auth, Model model) {
		model.addAttribute("account", accounts.get(auth.getName()));
		return "home";
	}

}
