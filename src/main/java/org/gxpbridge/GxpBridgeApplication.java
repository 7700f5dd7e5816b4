package org.gxpbridge;

import java.time.Clock;
import java.util.TimeZone;

import org.gxpbridge.audittrail.AuditCommand;
import org.gxpbridge.operations.RestoreCommand;
import org.gxpbridge.security.AdminCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GxpBridgeApplication {

	public static void main(String[] args) {
		// the server clock in UTC is the only source of time (reference §0); never the
		// host's zone
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		if (args.length > 0 && "audit".equals(args[0])) {
			// the inspector's command line: verify the ledger or a bundle, print a
			// report, exit 0 intact / 1 broken
			System.exit(AuditCommand.run(GxpBridgeApplication.class, args, System.out));
		}
		if (args.length > 0 && "restore".equals(args[0])) {
			// a restore test: the report of the RESTORED database, uploaded to the
			// restore test (CHK-20)
			System.exit(RestoreCommand.run(GxpBridgeApplication.class, args, System.out));
		}
		if (args.length > 0 && "admin".equals(args[0])) {
			// recovery when no administrator can sign in: unlock or reset an account
			// against the configured database
			System.exit(AdminCommand.run(GxpBridgeApplication.class, args, System.out));
		}
		SpringApplication.run(GxpBridgeApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
