package org.gxpbridge.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gxp.mail.alert-limit.*}: how many security-alert mails one person gets. A flood
 * of failed logins on unknown ids must not mail every IT_SECURITY user without limit;
 * every alert is still recorded in the security log and the ledger, and listed at
 * /admin/security (P11-300d, CHK-11).
 *
 * @param maxPerWindow alert mails per recipient within {@code window}; the next one is a
 * single notice that the limit is reached, the rest are not mailed, and the first mail
 * after the window says how many alerts were recorded meanwhile
 * @param window the sliding window the mails are counted in
 */
@ConfigurationProperties("gxp.mail.alert-limit")
public record AlertMailSettings(int maxPerWindow, Duration window) {

	public AlertMailSettings {
		maxPerWindow = maxPerWindow <= 0 ? 20 : maxPerWindow;
		window = window == null || window.isNegative() || window.isZero() ? Duration.ofHours(1) : window;
	}
}
