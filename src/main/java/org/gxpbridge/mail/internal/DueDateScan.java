package org.gxpbridge.mail.internal;

/**
 * The reminder and escalation scan; implemented in mail/process, where engine APIs may be
 * used.
 */
public interface DueDateScan {

	/** Returns how many notices were queued. */
	int scan();

}
