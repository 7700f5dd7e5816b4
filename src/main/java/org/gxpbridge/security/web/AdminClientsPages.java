package org.gxpbridge.security.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

import org.gxpbridge.security.Access;
import org.gxpbridge.security.IntegrationClients;
import org.gxpbridge.security.RegisteredClient;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of integration clients on a page for ADMIN, over the same module API as
 * {@code /api/admin/clients}. The token of a new client is shown once, in the answer to
 * the registration (never stored in the session or shown again); revoking asks a reason.
 */
@Controller
@Access.Admin
class AdminClientsPages {

	/** What the register form sent, to show it again after a refusal. */
	record ClientForm(String name, String ownerId, Set<Role> roles, String expiresOn) {
	}

	private final IntegrationClients clients;

	AdminClientsPages(IntegrationClients clients) {
		this.clients = clients;
	}

	@GetMapping("/admin/clients")
	String list(Model model) {
		model.addAttribute("clients", clients.all());
		model.addAttribute("grantable", EnumSet.complementOf(EnumSet.of(Role.ADMIN)));
		model.addAttribute("now", Instant.now());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ClientForm("", "", Set.of(), ""));
		}
		return "admin-clients";
	}

	@PostMapping("/admin/clients")
	String register(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String ownerId,
			@RequestParam(required = false) Set<Role> roles, @RequestParam(defaultValue = "") String expiresOn,
			Authentication auth, Model model) {
		Set<Role> chosen = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
		try {
			RegisteredClient registered = clients.register(name, ownerId, chosen, endOf(expiresOn), auth.getName());
			model.addAttribute("registered", registered);
			model.addAttribute("info", "Client '" + registered.client().principal()
					+ "' registered. Copy its token now: it is shown only this once.");
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND) {
				throw e;
			}
			model.addAttribute("form", new ClientForm(name, ownerId, chosen, expiresOn));
			model.addAttribute("error", "The client was not registered: " + e.getMessage());
		}
		return list(model);
	}

	@PostMapping("/admin/clients/{clientId}/revoke")
	String revoke(@PathVariable String clientId, @RequestParam(defaultValue = "") String reason, Authentication auth,
			Model model, RedirectAttributes flash) {
		try {
			var revoked = clients.revoke(clientId, reason, auth.getName());
			flash.addFlashAttribute("info", "Client '" + revoked.principal() + "' revoked: its token is refused.");
			return "redirect:/admin/clients";
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND) {
				throw e;
			}
			model.addAttribute("error", "The client was not revoked: " + e.getMessage());
			return list(model);
		}
	}

	/** A date means: the token ends at 00:00 UTC of that day; empty: one year. */
	private static Instant endOf(String date) {
		if (date == null || date.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(date.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("invalid_client_expiry", "The end date must be a date (yyyy-mm-dd)");
		}
	}

}
