package org.gxpbridge.security.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.gxpbridge.security.SecuritySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the demo users (demo profile, embedded H2 only) and the first administrator of
 * a production installation (from GXP_ADMIN_USER / GXP_ADMIN_PASSWORD), once, before the
 * server accepts requests.
 */
@Component
class AccountSeeding implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(AccountSeeding.class);

	/**
	 * DESIGN.md §8: one demo user per role; qm, reviewer and approver may all review and
	 * approve.
	 */
	static final Map<String, Set<Role>> DEMO_USERS = demoUsers();

	private final Accounts accounts;

	private final SecuritySettings settings;

	private final DataSource dataSource;

	AccountSeeding(Accounts accounts, SecuritySettings settings, DataSource dataSource) {
		this.accounts = accounts;
		this.settings = settings;
		this.dataSource = dataSource;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (settings.demoUsers()) {
			refuseDemoOutsideEmbeddedH2();
			DEMO_USERS.forEach((id, roles) -> {
				if (accounts.find(id).isEmpty()) {
					String name = Character.toUpperCase(id.charAt(0)) + id.substring(1);
					accounts.createSeedAccount(new NewAccount(id, "Demo " + name, id + "@gxp-bridge.test", roles,
							settings.demoPassword(), null), true, false);
				}
			});
			log.info("Demo profile: demo users {} are available", DEMO_USERS.keySet());
		}
		SecuritySettings.InitialAdmin admin = settings.initialAdmin();
		if (admin != null && admin.userId() != null && !admin.userId().isBlank()
				&& accounts.find(admin.userId()).isEmpty()) {
			String email = admin.email() == null || admin.email().isBlank() ? admin.userId() + "@localhost.localdomain"
					: admin.email();
			accounts.createInitialAdministrator(new NewAccount(admin.userId(), admin.fullName(), email,
					EnumSet.of(Role.ADMIN), admin.password(), null));
			log.info("Initial administrator '{}' created from GXP_ADMIN_USER", Accounts.normalize(admin.userId()));
		}
	}

	private void refuseDemoOutsideEmbeddedH2() {
		try (Connection c = dataSource.getConnection()) {
			String url = c.getMetaData().getURL();
			if (url == null || !url.startsWith("jdbc:h2:")) {
				throw new IllegalStateException(
						"The demo profile creates well-known demo accounts and refuses to run against "
								+ c.getMetaData().getDatabaseProductName() + " (" + url
								+ "); start without the demo profile and set "
								+ "GXP_ADMIN_USER / GXP_ADMIN_PASSWORD for the first administrator");
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot inspect the database before seeding demo users", e);
		}
	}

	private static Map<String, Set<Role>> demoUsers() {
		Map<String, Set<Role>> users = new LinkedHashMap<>();
		users.put("admin", EnumSet.of(Role.ADMIN));
		users.put("owner", EnumSet.of(Role.PROCESS_OWNER));
		users.put("qm", EnumSet.of(Role.QUALITY_MANAGER, Role.REVIEWER, Role.APPROVER));
		users.put("reviewer", EnumSet.of(Role.REVIEWER, Role.APPROVER));
		users.put("approver", EnumSet.of(Role.APPROVER, Role.REVIEWER));
		users.put("itsec", EnumSet.of(Role.IT_SECURITY));
		users.put("auditor", EnumSet.of(Role.AUDITOR));
		users.put("inspector", EnumSet.of(Role.INSPECTOR));
		return Collections.unmodifiableMap(users);
	}

}
