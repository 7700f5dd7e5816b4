package org.gxpbridge.operations.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gxp.operations.*} as far as this module reads it; the sealer and mail thresholds
 * under the same prefix belong to their modules.
 *
 * @param clockSkewWarning above this offset between the server's and the database's clock
 * the {@code clock} health component reports WARN (CHK-05)
 * @param reportDir where the server writes its operational reports, e.g. the schema
 * migration report of an upgrade (CHK-21)
 */
@ConfigurationProperties("gxp.operations")
record OperationsSettings(Duration clockSkewWarning, Path reportDir) {

	OperationsSettings {
		clockSkewWarning = clockSkewWarning == null ? Duration.ofSeconds(2) : clockSkewWarning;
		reportDir = reportDir == null ? Path.of("data", "reports") : reportDir;
	}
}
