package org.gxpbridge.security.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.gxpbridge.security.Access;
import org.gxpbridge.security.Account;
import org.gxpbridge.security.AccountException;
import org.gxpbridge.security.AccountStatus;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.IdentityVerificationMethod;
import org.gxpbridge.security.IdentityVerifications;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.gxpbridge.security.internal.SecurityEventLog;
import org.gxpbridge.shared.DomainException;
import org.gxpbridge.shared.ReasonForChange;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User administration pages for ADMIN over the same module API as
 * {@code /api/admin/users}: every change asks a reason for change (EU Annex 11 §9), which
 * the security log and the audit trail record with it; refusals are shown next to the
 * field they concern.
 */
@Controller
@Access.Admin
class AdminUsersPages {

	/** What the create form sent, to show it again after a refusal. */
	record CreateForm(String userId, String fullName, String email, Set<Role> roles, String validUntil, String reason) {
	}

	private final Accounts accounts;

	private final IdentityVerifications identities;

	private final SecurityEventLog events;

	AdminUsersPages(Accounts accounts, IdentityVerifications identities, SecurityEventLog events) {
		this.accounts = accounts;
		this.identities = identities;
		this.events = events;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(required = false) AccountStatus status, @RequestParam(required = false) Role role,
			@RequestParam(defaultValue = "userId") String sort, Model model) {
		Comparator<Account> order = switch (sort) {
			case "name" -> Comparator.comparing(Account::fullName, String.CASE_INSENSITIVE_ORDER);
			case "status" -> Comparator.comparing(Account::status);
			case "lastLogin" ->
				Comparator.comparing(Account::lastLoginAt, Comparator.nullsLast(Comparator.reverseOrder()));
			case "expiry" -> Comparator.comparing(Account::validUntil, Comparator.nullsLast(Comparator.naturalOrder()));
			default -> Comparator.comparing(Account::userId);
		};
		model.addAttribute("users",
				accounts.all()
					.stream()
					.filter(a -> status == null || a.status() == status)
					.filter(a -> role == null || a.hasRole(role))
					.sorted(order)
					.toList());
		model.addAttribute("verified", identities.latestOfAll());
		model.addAttribute("status", status);
		model.addAttribute("role", role);
		model.addAttribute("sort", sort);
		model.addAttribute("statuses", AccountStatus.values());
		model.addAttribute("allRoles", Role.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CreateForm("", "", "", Set.of(), "", ""));
			model.addAttribute("errors", Map.of());
		}
		return "admin-users";
	}

	/** The initial password must be changed at the first login, as over the API. */
	@PostMapping("/admin/users")
	String create(@RequestParam String userId, @RequestParam String fullName, @RequestParam String email,
			@RequestParam(required = false) Set<Role> roles, @RequestParam String initialPassword,
			@RequestParam(defaultValue = "") String validUntil, @RequestParam(defaultValue = "") String reason,
			Authentication auth, Model model, RedirectAttributes flash) {
		Set<Role> chosen = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
		CreateForm form = new CreateForm(userId, fullName, email, chosen, validUntil, reason);
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			Instant end = endOfAccess(validUntil);
			Account created = withReason(reason, () -> accounts
				.create(new NewAccount(userId, fullName, email, chosen, initialPassword, end), auth.getName()));
			flash.addFlashAttribute("info", "Account '" + created.userId() + "' created; the user must change the "
					+ "initial password at the first sign-in. Record the identity verification before they sign.");
			return "redirect:/admin/users/" + created.userId();
		}
		catch (AccountException e) {
			(e.violations().isEmpty() ? List.of(e.getMessage()) : e.violations())
				.forEach(v -> errors.merge(fieldOf(v), v, (a, b) -> a + "; " + b));
		}
		catch (DomainException e) {
			errors.put(e.code().startsWith("reason") ? "reason" : "validUntil", e.getMessage());
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("error", "The account was not created: " + String.join("; ", errors.values()));
		return list(null, null, "userId", model);
	}

	@GetMapping("/admin/users/{userId}")
	String user(@PathVariable String userId, Model model) {
		Account account = accounts.get(userId);
		model.addAttribute("user", account);
		model.addAttribute("verifications", identities.history(account.userId()));
		model.addAttribute("events", events.recent(false, account.userId(), 30));
		model.addAttribute("methods", IdentityVerificationMethod.selectable());
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("accessEnds", account.validUntil() == null ? ""
				: LocalDate.ofInstant(account.validUntil(), ZoneOffset.UTC).toString());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "admin-user";
	}

	@PostMapping("/admin/users/{userId}/roles")
	String roles(@PathVariable String userId, @RequestParam(required = false) Set<Role> roles,
			@RequestParam(defaultValue = "") String reason, Authentication auth, Model model,
			RedirectAttributes flash) {
		return change(userId, "roles", reason, model, flash, "Roles changed",
				() -> accounts.changeRoles(userId, roles == null ? Set.of() : roles, auth.getName()));
	}

	@PostMapping("/admin/users/{userId}/expiry")
	String expiry(@PathVariable String userId, @RequestParam(defaultValue = "") String validUntil,
			@RequestParam(defaultValue = "") String reason, Authentication auth, Model model,
			RedirectAttributes flash) {
		return change(userId, "expiry", reason, model, flash, "Access period changed",
				() -> accounts.changeAccessPeriod(userId, endOfAccess(validUntil), auth.getName()));
	}

	@PostMapping("/admin/users/{userId}/unlock")
	String unlock(@PathVariable String userId, @RequestParam(defaultValue = "") String reason, Authentication auth,
			Model model, RedirectAttributes flash) {
		return change(userId, "unlock", reason, model, flash, "Account unlocked", () -> {
			accounts.unlock(userId, auth.getName());
			return null;
		});
	}

	@PostMapping("/admin/users/{userId}/password-reset")
	String reset(@PathVariable String userId, @RequestParam String temporaryPassword,
			@RequestParam(defaultValue = "") String reason, @RequestParam(required = false) String confirm,
			Authentication auth, Model model, RedirectAttributes flash) {
		return change(userId, "reset", reason, model, flash,
				"Temporary password set; the user must change it at the next sign-in", () -> {
					confirmed(confirm);
					accounts.resetPassword(userId, temporaryPassword, auth.getName());
					return null;
				});
	}

	@PostMapping("/admin/users/{userId}/deactivate")
	String deactivate(@PathVariable String userId, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) String confirm, Authentication auth, Model model,
			RedirectAttributes flash) {
		return change(userId, "deactivate", reason, model, flash, "Account deactivated for good", () -> {
			confirmed(confirm);
			accounts.deactivate(userId, auth.getName());
			return null;
		});
	}

	@PostMapping("/admin/users/{userId}/identity-verification")
	String verify(@PathVariable String userId, @RequestParam(defaultValue = "") String method,
			@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "") String reason, Authentication auth, Model model,
			RedirectAttributes flash) {
		return change(userId, "identity", reason, model, flash, "Identity verification recorded", () -> identities
			.verify(userId, IdentityVerificationApi.method(method), reference, note, auth.getName()));
	}

	/**
	 * Runs one change with its reason; a refusal shows the user page again with the
	 * message next to the form it came from.
	 */
	private String change(String userId, String form, String reason, Model model, RedirectAttributes flash, String done,
			Supplier<?> work) {
		try {
			withReason(reason, work);
			flash.addFlashAttribute("info", done);
			return "redirect:/admin/users/" + Accounts.normalize(userId);
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND) {
				throw e;
			}
			model.addAttribute("errors", Map.of(form, e.getMessage()));
			model.addAttribute("error", e.getMessage());
			return user(userId, model);
		}
	}

	private static <T> T withReason(String reason, Supplier<T> work) {
		if (reason == null || reason.isBlank()) {
			throw new PageInputException("reason_required", "Give the reason for this change (EU Annex 11 §9)");
		}
		return ReasonForChange.withReason(reason.trim(), work);
	}

	private static void confirmed(String confirm) {
		if (confirm == null) {
			throw new PageInputException("confirmation_required", "Tick the confirmation box: this cannot be undone");
		}
	}

	/** A date means: access ends at 00:00 UTC of that day; empty means no end. */
	private static Instant endOfAccess(String date) {
		if (date == null || date.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(date.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new PageInputException("expiry_invalid", "The end of access must be a date (yyyy-mm-dd)");
		}
	}

	/** Which create-form field a policy violation is about, to show it there. */
	private static String fieldOf(String violation) {
		String v = violation.toLowerCase();
		if (v.contains("reason")) {
			return "reason";
		}
		if (v.contains("password")) {
			return "initialPassword";
		}
		if (v.contains("role") || v.contains("admin") || v.contains("inspector")) {
			return "roles";
		}
		if (v.contains("e-mail")) {
			return "email";
		}
		if (v.contains("full name")) {
			return "fullName";
		}
		return "userId";
	}

	/** Refused page input (no reason, no confirmation, a bad date). */
	static final class PageInputException extends DomainException {

		PageInputException(String code, String message) {
			super(Kind.INVALID_INPUT, code, message);
		}

	}

}
