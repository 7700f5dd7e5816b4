package org.gxpbridge.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gxpbridge.GxpBridgeApplication;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A flood of failed logins on unknown ids mails IT security a bounded number of times;
 * every alert is still recorded (P11-300d, CHK-11). Its own context and H2: the limit is
 * set low here, the shared test server sets it out of reach.
 */
@SpringBootTest(classes = GxpBridgeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:gxp-alert-limit;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
				"gxp.mail.alert-limit.max-per-window=3", "gxp.mail.alert-limit.window=1h",
				// its own engine name, so closing this context leaves the shared server's
				// engine registered
				"camunda.bpm.process-engine-name=alertMailLimit" })
@ActiveProfiles({ "demo", "test" })
@DirtiesContext
class AlertMailLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@Verifies({ "P11-300d", "CHK-11" })
	void alertMailIsRateLimited() {
		String prefix = "flood" + UUID.randomUUID().toString().substring(0, 6);
		for (int i = 0; i < 8; i++) {
			assertThat(Http.as(port, prefix + "-" + i, "Wrong-Passw0rd-1").get("/api/account").status()).isEqualTo(401);
		}

		assertThat(jdbc.queryForObject("select count(*) from gxp_security_event where alert = true and user_id like ?",
				Integer.class, prefix + "%"))
			.as("every alert is recorded")
			.isEqualTo(8);
		List<String> mailed = subjectsTo("itsec");
		assertThat(mailed).hasSize(4);
		assertThat(mailed.subList(0, 3)).allMatch(s -> s.contains("LOGIN_FAILED (" + prefix));
		assertThat(mailed.get(3)).contains("alert mail limit reached");

		// an hour later the window has room again; the next mail says how many alerts
		// were recorded meanwhile
		jdbc.update("update gxp_mail_outbox set created_at = ? where kind = 'SECURITY_ALERT'",
				Timestamp.from(Instant.now().minusSeconds(2 * 3600)));
		assertThat(Http.as(port, prefix + "-late", "Wrong-Passw0rd-1").get("/api/account").status()).isEqualTo(401);
		String body = jdbc
			.queryForObject("select text_body from gxp_mail_outbox where kind = 'SECURITY_ALERT' and user_id = 'itsec'"
					+ " and subject like ?", String.class, "%(" + prefix + "-late)%");
		assertThat(body).contains("Since the alert mail limit was reached").contains("were not mailed");
	}

	private List<String> subjectsTo(String userId) {
		return jdbc.queryForList(
				"select subject from gxp_mail_outbox where kind = 'SECURITY_ALERT' and user_id = ? order by id",
				String.class, userId);
	}

}
