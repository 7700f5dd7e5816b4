package org.gxpbridge.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The second lock on our own API (DESIGN.md §5): every controller method carries one of
 * these, checked by Spring's method security after the URL rules of the filter chain. A
 * controller without one fails ControllerAccessTests. The module APIs behind them still
 * check what is theirs to check (signing roles, segregation of duties).
 */
public final class Access {

	private Access() {
	}

	/**
	 * Anyone who may sign in, even with a password that must be changed first; for login
	 * and password change only.
	 */
	@Target({ ElementType.TYPE, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@PreAuthorize("isAuthenticated()")
	public @interface SignedIn {

	}

	/** Every role, the read-only inspector included: reads. */
	@Target({ ElementType.TYPE, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@PreAuthorize("hasAnyRole('ADMIN','PROCESS_OWNER','QUALITY_MANAGER','REVIEWER','APPROVER','IT_SECURITY','AUDITOR','INSPECTOR')")
	public @interface AnyRole {

	}

	/** Every role but the inspector, who writes nothing (CHK-17). */
	@Target({ ElementType.TYPE, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@PreAuthorize("hasAnyRole('ADMIN','PROCESS_OWNER','QUALITY_MANAGER','REVIEWER','APPROVER','IT_SECURITY','AUDITOR')")
	public @interface Writer {

	}

	/**
	 * The roles that work on records: every role but the inspector and the administrator
	 * (who approves nothing).
	 */
	@Target({ ElementType.TYPE, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@PreAuthorize("hasAnyRole('PROCESS_OWNER','QUALITY_MANAGER','REVIEWER','APPROVER','IT_SECURITY','AUDITOR')")
	public @interface ContentWriter {

	}

	/**
	 * Those who read the whole audit trail: quality, audit, inspection, IT security,
	 * administration.
	 */
	@Target({ ElementType.TYPE, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER','AUDITOR','INSPECTOR','IT_SECURITY','ADMIN')")
	public @interface AuditReader {

	}

	/** The quality unit's own acts (legal hold, record corrections). */
	@Target({ ElementType.TYPE, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public @interface QualityManager {

	}

	/**
	 * Maintaining the regulation catalogue (importing frameworks, requirements and
	 * crosswalk links): the quality unit and administrators.
	 */
	@Target({ ElementType.TYPE, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER','ADMIN')")
	public @interface CatalogueMaintainer {

	}

	/** Security monitoring: administrators and IT security. */
	@Target({ ElementType.TYPE, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@PreAuthorize("hasAnyRole('ADMIN','IT_SECURITY')")
	public @interface SecurityOfficer {

	}

	/** Account administration and server operations. */
	@Target({ ElementType.TYPE, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@PreAuthorize("hasRole('ADMIN')")
	public @interface Admin {

	}

	/**
	 * Recording that a person's identity was verified (11.100(b)): administrators and
	 * quality managers.
	 */
	@Target({ ElementType.TYPE, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@PreAuthorize("hasAnyRole('ADMIN','QUALITY_MANAGER')")
	public @interface IdentityVerifier {

	}

	/** Pages that must open without a login (the login page itself). */
	@Target({ ElementType.TYPE, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@PreAuthorize("permitAll()")
	public @interface Public {

	}

}
