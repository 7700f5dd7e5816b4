package org.gxpbridge.mail.internal;

import java.time.Clock;

import org.gxpbridge.security.SecurityEventRecorded;
import org.gxpbridge.security.SecurityEventType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Voids the outstanding link tokens of an account that is locked or deactivated, in the
 * transaction that closes it: a mail already in someone's inbox must not keep working for
 * an account that may no longer act (issue 9). An unlock does not revive them; new work
 * brings new mails.
 */
@Component
class ClosedAccountLinks {

	private final LinkTokenStore links;

	private final Clock clock;

	ClosedAccountLinks(LinkTokenStore links, Clock clock) {
		this.links = links;
		this.clock = clock;
	}

	@EventListener
	void on(SecurityEventRecorded event) {
		if (event.type() == SecurityEventType.ACCOUNT_LOCKED || event.type() == SecurityEventType.ACCOUNT_DEACTIVATED) {
			links.voidOutstanding(event.userId(), clock.instant());
		}
	}

}
