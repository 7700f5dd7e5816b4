package org.gxpbridge.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The roles of DESIGN.md §1; each is also an engine group ({@link #groupId()}), the name
 * candidate groups, starter groups and authorizations in the models and the engine use.
 */
public enum Role {

	PROCESS_OWNER("Process owners"), QUALITY_MANAGER("Quality managers"), REVIEWER("Reviewers"), APPROVER("Approvers"),
	IT_SECURITY("IT security"), AUDITOR("Auditors"), INSPECTOR("Inspectors (read-only)"), ADMIN("Administrators");

	/**
	 * Roles that may create or change content; INSPECTOR and ADMIN are not among them.
	 */
	public static final Set<Role> CONTENT_ROLES = EnumSet.of(PROCESS_OWNER, QUALITY_MANAGER, REVIEWER, APPROVER,
			IT_SECURITY, AUDITOR);

	/**
	 * Roles that carry approval rights over content, which an administrator must never
	 * hold (CHK-16).
	 */
	public static final Set<Role> APPROVAL_ROLES = EnumSet.of(PROCESS_OWNER, QUALITY_MANAGER, REVIEWER, APPROVER);

	private final String displayName;

	Role(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return displayName;
	}

	/**
	 * The engine group id of this role: what BPMN candidate and starter groups, the
	 * engine's authentication and its authorizations name. The one place that mapping is
	 * written.
	 */
	public String groupId() {
		return name();
	}

	/** The role an engine group id names; empty for null or a group that is no role. */
	public static Optional<Role> fromGroupId(String groupId) {
		return Arrays.stream(values()).filter(r -> r.groupId().equals(groupId)).findFirst();
	}

	/** The engine group ids of these roles, e.g. an account's groups in the engine. */
	public static List<String> groupIds(Collection<Role> roles) {
		return roles.stream().map(Role::groupId).toList();
	}

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
