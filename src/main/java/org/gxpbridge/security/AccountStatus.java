package org.gxpbridge.security;

/**
 * Lifecycle of an account. A deactivated account is kept for ever so its id is never
 * reused.
 */
public enum AccountStatus {

	ACTIVE, LOCKED, DEACTIVATED

}
