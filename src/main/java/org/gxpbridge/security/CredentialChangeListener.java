package org.gxpbridge.security;

/**
 * Told by {@link Accounts}, inside the transaction of the change, when a password
 * changes. Other modules keep secrets bound to the password (the signature module
 * encrypts each user's private signing key under it) and must follow. An exception thrown
 * here rolls the password change back.
 */
public interface CredentialChangeListener {

	/**
	 * The user changed their own password; both are known here and nowhere else
	 * afterwards.
	 */
	void passwordChanged(String userId, String oldPassword, String newPassword);

	/**
	 * An administrator set a temporary password: whatever was bound to the old password
	 * must become unusable, so the administrator cannot act as the user with the
	 * temporary one (P11-200a3, CHK-10).
	 */
	void passwordReset(String userId);

}
