package org.gxpbridge.improvement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.gxpbridge.improvement.ManagementReviewInput;
import org.gxpbridge.improvement.VulnerabilityPosture;
import org.gxpbridge.improvement.VulnerabilityStatus;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/**
 * The vulnerability input of the meeting pack comes from whichever module provides the
 * {@link VulnerabilityPosture} port, asked with the review's "since"; without one the
 * pack says so instead of inventing a status.
 */
@Verifies("URS-24")
class ManagementReviewPackGathererTests {

	static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");

	ManagementReviewPackGatherer gatherer(DefaultListableBeanFactory beans) {
		return new ManagementReviewPackGatherer(null, null, null, null, null, null, null,
				beans.getBeanProvider(VulnerabilityPosture.class), Clock.systemUTC());
	}

	@Test
	void showsNoVulnerabilitySourceOnlyWhenNoModuleProvidesThePort() {
		ManagementReviewInput input = gatherer(new DefaultListableBeanFactory()).vulnerability(SINCE);
		assertThat(input.key()).isEqualTo(ManagementReviewInput.VULNERABILITY);
		assertThat(input.facts()).containsExactly("No vulnerability source");
	}

	@Test
	void takesTheVulnerabilityStatusSinceThePreviousReviewFromThePort() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		Instant[] asked = new Instant[1];
		beans.registerSingleton("posture", (VulnerabilityPosture) since -> {
			asked[0] = since;
			return new VulnerabilityStatus(3, 1, 1, 0, 2, 4,
					List.of("CVE-2026-0001", "CVE-2026-0002", "CVE-2026-0003"));
		});
		ManagementReviewInput input = gatherer(beans).vulnerability(SINCE);
		assertThat(asked[0]).isEqualTo(SINCE);
		assertThat(input.facts()).containsExactly("Open: 3, uncontrolled: 1",
				"Customer communication overdue: 1, fix overdue: 0",
				"Received since 2026-01-01T00:00:00Z: 2, closed since: 4",
				"Open: [CVE-2026-0001, CVE-2026-0002, CVE-2026-0003]");
	}

}
