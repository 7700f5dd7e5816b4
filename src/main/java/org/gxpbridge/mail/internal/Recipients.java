package org.gxpbridge.mail.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gxpbridge.security.Account;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who gets a mail: named users and members of roles (engine groups = roles), active
 * accounts with an address only.
 */
@Component
public class Recipients {

	private final Accounts accounts;

	private final Clock clock;

	Recipients(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	public List<Account> resolve(Collection<String> userIds, Collection<String> groupIds) {
		Map<String, Account> found = new LinkedHashMap<>();
		for (String userId : userIds) {
			accounts.find(userId).filter(this::reachable).ifPresent(a -> found.putIfAbsent(a.userId(), a));
		}
		if (!groupIds.isEmpty()) {
			for (Account account : accounts.all()) {
				if (reachable(account) && Role.groupIds(account.roles()).stream().anyMatch(groupIds::contains)) {
					found.putIfAbsent(account.userId(), account);
				}
			}
		}
		return List.copyOf(found.values());
	}

	public List<Account> withRole(Role role) {
		return resolve(List.of(), List.of(role.groupId()));
	}

	private boolean reachable(Account account) {
		return account.isActiveAt(clock.instant()) && account.email() != null && !account.email().isBlank();
	}

}
