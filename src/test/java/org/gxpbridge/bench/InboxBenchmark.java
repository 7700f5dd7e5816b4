package org.gxpbridge.bench;

import static org.gxpbridge.controls.DocumentApprovalModel.*;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.PostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inbox latency on embedded PostgreSQL with 10,000 open tasks across 100 users and
 * 1,000,000 history rows (issue 6). Prints p50/p95 of the inbox page and of the inbox
 * JSON; asserts nothing about time. Run:
 * {@code ./mvnw -Pbench verify -Dtest=InboxBenchmark}.
 */
class InboxBenchmark {

	static final int USERS = 100;
	static final int TASKS = 10_000;
	static final int HISTORY_ROWS = 1_000_000;
	static final int SAMPLES = 300;

	@Test
	void inboxLatencyWithTenThousandOpenTasks() throws Exception {
		// production's hash costs: every inbox request pays its HTTP Basic check as in
		// operation
		Map<String, Object> settings = new LinkedHashMap<>(PostgresServer.PRODUCTION_HASHES);
		settings.put("camunda.bpm.job-execution.enabled", "false");
		ConfigurableApplicationContext server = PostgresServer.start(PostgresServer.newDatabase("gxp_bench_inbox"),
				settings);
		try {
			int port = PostgresServer.port(server);
			Accounts accounts = server.getBean(Accounts.class);
			List<String> users = new ArrayList<>();
			for (int i = 0; i < USERS; i++) {
				String id = "bench" + i;
				accounts.createSeedAccount(new NewAccount(id, "Bench User " + i, id + "@example.com",
						EnumSet.of(Role.REVIEWER), "Bench-Passw0rd-2026", null), false, false);
				users.add(id);
			}
			RuntimeService runtime = server.getBean(RuntimeService.class);
			TaskService tasks = server.getBean(TaskService.class);
			long t0 = System.nanoTime();
			for (int i = 0; i < TASKS; i++) {
				String pi = runtime.startProcessInstanceByKey(PROCESS_KEY, "BENCH-" + i,
						Map.of(VAR_DOCUMENT_NUMBER, "BENCH-" + i, VAR_TITLE, "Benchmark " + i, VAR_VERSION, "1.0",
								VAR_CHANGE_SUMMARY, "bench", VAR_AUTHOR, "owner"))
					.getId();
				String task = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
				tasks.setAssignee(task, users.get(i % USERS));
			}
			System.out.printf("setup: %d process instances with an assigned task in %.1f s%n", TASKS,
					(System.nanoTime() - t0) / 1e9);
			JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
			t0 = System.nanoTime();
			jdbc.update("insert into act_hi_detail (id_, type_, proc_inst_id_, name_, var_type_, rev_, time_, text_) "
					+ "select 'bench-' || g, 'VariableUpdate', 'bench-pi-' || (g % 50000), 'v' || (g % 20), 'string', 0, now(), 'value ' || g "
					+ "from generate_series(1, " + HISTORY_ROWS + ") g");
			jdbc.execute("analyze");
			long historyRows = 0;
			for (String table : jdbc.queryForList("select tablename from pg_tables where tablename like 'act_hi_%'",
					String.class)) {
				historyRows += jdbc.queryForObject("select count(*) from " + table, Long.class);
			}
			System.out.printf("setup: %,d rows in ACT_HI_* tables (%.1f s)%n", historyRows,
					(System.nanoTime() - t0) / 1e9);

			Random random = new Random(42);
			measure("/api/inbox (HTTP Basic, bcrypt per request)",
					i -> Http.as(port, users.get(random.nextInt(USERS)), "Bench-Passw0rd-2026")
						.get("/api/inbox")
						.status());
			List<HttpClient> sessions = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				sessions.add(login(port, users.get(i * 5)));
			}
			measure("/inbox page (logged-in session)",
					i -> get(sessions.get(random.nextInt(sessions.size())), port, "/inbox"));
		}
		finally {
			server.close();
		}
	}

	interface Call {

		int run(int i) throws Exception;

	}

	static void measure(String what, Call call) throws Exception {
		for (int warm = 0; warm < 30; warm++) {
			call.run(warm);
		}
		long[] samples = new long[SAMPLES];
		for (int i = 0; i < SAMPLES; i++) {
			long start = System.nanoTime();
			int status = call.run(i);
			samples[i] = System.nanoTime() - start;
			if (status != 200) {
				throw new IllegalStateException(what + " answered " + status);
			}
		}
		Arrays.sort(samples);
		System.out.printf("%-46s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms  (%d requests)%n", what,
				samples[SAMPLES / 2] / 1e6, samples[(int) (SAMPLES * 0.95)] / 1e6, samples[SAMPLES - 1] / 1e6, SAMPLES);
	}

	static HttpClient login(int port, String user) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String page = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=" + user + "&password=Bench-Passw0rd-2026&_csrf="
				+ URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
		client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		return client;
	}

	static int get(HttpClient client, int port, String path) throws Exception {
		return client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
