package org.gxpbridge.security.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.gxpbridge.security.SecuritySettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The account and password rules of Part 11 Subpart C as the server enforces them. Each
 * check returns the list of violations in words the user can act on; an empty list means
 * the input is acceptable.
 */
@Component
public class PasswordPolicy {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final SecuritySettings settings;

	private final PasswordEncoder encoder;

	PasswordPolicy(SecuritySettings settings, PasswordEncoder encoder) {
		this.settings = settings;
		this.encoder = encoder;
	}

	/**
	 * Length, at least three of four character classes, and not containing the user id.
	 */
	public List<String> checkPassword(String userId, String password) {
		List<String> violations = new ArrayList<>();
		if (password == null || password.length() < settings.passwordMinLength()) {
			violations.add("password must have at least " + settings.passwordMinLength() + " characters");
			return violations;
		}
		int classes = 0;
		classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (classes < 3) {
			violations.add("password must mix at least three of: lower case, upper case, digits, symbols");
		}
		if (userId != null && !userId.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(userId.toLowerCase(Locale.ROOT))) {
			violations.add("password must not contain the user id");
		}
		return violations;
	}

	public boolean reusesRecent(String password, List<String> recentHashes) {
		return recentHashes.stream().anyMatch(hash -> encoder.matches(password, hash));
	}

	public List<String> checkNewAccount(String userId, NewAccount request, boolean refuseGeneric) {
		List<String> violations = new ArrayList<>();
		if (!UserIds.wellFormed(userId)) {
			violations.add(UserIds.RULE);
		}
		if (refuseGeneric && settings.genericUserIds().stream().anyMatch(g -> g.equalsIgnoreCase(userId))) {
			violations.add("'" + userId + "' is a generic or shared id; interactive accounts must name one person");
		}
		if (request.fullName() == null || request.fullName().isBlank()) {
			violations.add("full name is required: it is the printed name of the user's signatures");
		}
		if (request.email() == null || !EMAIL.matcher(request.email().trim()).matches()) {
			violations.add("a valid e-mail address is required");
		}
		violations.addAll(checkRoles(request.roles()));
		return violations;
	}

	/**
	 * Segregation of duties: admins hold no approval rights (CHK-16); inspectors hold
	 * nothing but read access.
	 */
	public List<String> checkRoles(Set<Role> roles) {
		List<String> violations = new ArrayList<>();
		if (roles == null || roles.isEmpty()) {
			violations.add("at least one role is required");
			return violations;
		}
		if (roles.contains(Role.ADMIN)) {
			Set<Role> clash = EnumSet.copyOf(roles);
			clash.retainAll(Role.APPROVAL_ROLES);
			if (!clash.isEmpty()) {
				violations.add("ADMIN cannot be combined with roles that approve content: " + clash);
			}
		}
		if (roles.contains(Role.INSPECTOR) && roles.size() > 1) {
			violations.add("INSPECTOR is read-only and cannot be combined with other roles");
		}
		return violations;
	}

}
