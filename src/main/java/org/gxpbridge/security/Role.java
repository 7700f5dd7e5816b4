package org.gxpbridge.security;

import java.util.EnumSet;
import java.util.Set;

/** The roles of DESIGN.md §1; each is also an engine group with the same id. */
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

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
