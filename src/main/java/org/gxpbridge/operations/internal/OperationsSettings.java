package org.gxpbridge.operations.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gxp.operations.*} as far as this module reads it; the sealer and mail thresholds
 * under the same prefix belong to their modules.
 *
 * @param clockSkewWarning above this offset between the server's and the database's clock
 * the {@code clock} health component reports WARN (CHK-05)
 */
@ConfigurationProperties("gxp.operations")
record OperationsSettings(Duration clockSkewWarning) {

	OperationsSettings {
		clockSkewWarning = clockSkewWarning == null ? Duration.ofSeconds(2) : clockSkewWarning;
	}
}
