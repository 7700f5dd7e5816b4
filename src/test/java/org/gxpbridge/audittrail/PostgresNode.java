package org.gxpbridge.audittrail;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gxpbridge.GxpBridgeApplication;
import org.gxpbridge.support.PostgresServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A server node on the embedded PostgreSQL, like {@link PostgresServer#start} but with
 * the settings passed as command-line arguments: those outrank application.yml, so
 * {@code server.port=0} really gives a free port (as default properties,
 * application.yml's 8080 wins and collides with whatever else runs on the machine).
 */
final class PostgresNode {

	private PostgresNode() {
	}

	static ConfigurableApplicationContext start(String jdbcUrl, Map<String, Object> extra) {
		Map<String, Object> props = new LinkedHashMap<>(settings(jdbcUrl));
		props.put("server.port", "0");
		props.put("logging.level.root", "warn");
		props.putAll(extra);
		return new SpringApplicationBuilder(GxpBridgeApplication.class).profiles("postgres")
			.run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

	/** What an operator sets in the environment for the postgres profile. */
	static Map<String, String> settings(String jdbcUrl) {
		Map<String, String> settings = new LinkedHashMap<>(PostgresServer.roles());
		settings.putAll(Map.of("GXP_DB_URL", jdbcUrl, "GXP_ADMIN_USER", PostgresServer.ADMIN_USER, "GXP_ADMIN_PASSWORD",
				PostgresServer.ADMIN_PASSWORD, "GXP_ADMIN_NAME", "Jane Doe"));
		settings.putAll(PostgresServer.PRODUCTION_SECRETS); // the postgres profile
															// refuses demo secrets (issue
															// 9 item 8)
		return settings;
	}

}
