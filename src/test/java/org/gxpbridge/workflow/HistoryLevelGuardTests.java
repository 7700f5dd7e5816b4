package org.gxpbridge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.TimeZone;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.gxpbridge.GxpBridgeApplication;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** CHK-03: the engine history is the audit trail; no setting lowers it. */
@Verifies("CHK-03")
class HistoryLevelGuardTests {

	@Test
	void serverRefusesToStartBelowFullHistoryAndSaysWhy() {
		SpringApplicationBuilder app = new SpringApplicationBuilder(GxpBridgeApplication.class).profiles("demo");
		assertThatThrownBy(() -> app.run("--spring.datasource.url=jdbc:h2:mem:history-guard;DB_CLOSE_DELAY=-1",
				"--camunda.bpm.history-level=audit", "--server.port=0", "--logging.level.root=off",
				// no web server and an engine name of its own: the Camunda webapps and
				// the engine registry are static
				// per JVM, and this failing start must not tear down what the shared test
				// server registered there
				"--spring.main.web-application-type=none", "--camunda.bpm.process-engine-name=history-guard"))
			.rootCause()
			.hasMessageContaining("refuses to start")
			.hasMessageContaining("'audit'")
			.hasMessageContaining("camunda.bpm.history-level=full");
	}

	@Nested
	@GxpServerTest
	@Verifies({ "CHK-05", "URS-06" })
	class RunningServer {

		@Autowired
		ProcessEngine engine;

		@Test
		void runsWithFullHistoryInUtc() {
			var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
			assertThat(config.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
			assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
			assertThat(config.isJobExecutorActivate() || !config.getJobExecutor().isActive()).isTrue();
		}

	}

}
