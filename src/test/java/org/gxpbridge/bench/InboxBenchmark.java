package org.gxpbridge.bench;

import static org.gxpbridge.controls.DocumentApprovalModel.*;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.gxpbridge.inbox.Inbox;
import org.gxpbridge.inbox.InboxFilter;
import org.gxpbridge.security.Accounts;
import org.gxpbridge.security.NewAccount;
import org.gxpbridge.security.Role;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.PostgresServer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Inbox latency on embedded PostgreSQL at 100,000 open tasks and about 10 M ACT_HI_* rows
 * (issue 17, goal 3), with the engine's authorization on (the server's default).
 * <p>
 * The data set: {@value #USERS} users (reviewers, quality managers, approvers), then
 * {@value #TEMPLATES} DocumentApproval instances started through the engine (ledger and
 * mail on), each review task claimed by a reviewer or quality manager as that user or
 * left to the groups, a third with a due date; then {@link InboxDataSet} multiplies them
 * inside PostgreSQL to the open-task target and adds finished copies (history only) up to
 * the history target. Prints how long each part took.
 * <p>
 * Measures p50/p95/max of {@code GET /inbox} (HTML) and {@code GET /api/inbox} (JSON)
 * with a form-login session, and the JSON with HTTP Basic, from random users who have an
 * inbox; prints {@code EXPLAIN (ANALYZE, BUFFERS)} of the engine's task queries one inbox
 * request runs (captured from the engine's MyBatis log), and the parts of one request in
 * process (counts before and after the cap, the list of 50 and 200). Asserts nothing
 * about time. Run:
 * {@code ./mvnw -o -Pbench test -Dtest=InboxBenchmark -Dfrontend.skip=true} (sizes:
 * {@code -Dinbox.bench.tasks=100000 -Dinbox.bench.history=10000000}; keep and reuse the
 * data set: {@code -Dinbox.bench.keep=/some/dir}; build only:
 * {@code -Dinbox.bench.measure=false}; the list as the user with the engine's
 * authorization joins: {@code -Dinbox.bench.authorized=true}; index experiments:
 * {@code -Dinbox.bench.explore=true}).
 */
class InboxBenchmark {

	static final int USERS = 200;

	static final int TEMPLATES = 250;

	static final int TASKS = Integer.getInteger("inbox.bench.tasks", 100_000);

	static final long HISTORY_ROWS = Long.getLong("inbox.bench.history", 10_000_000L);

	static final int SAMPLES = 300;

	/**
	 * Unmeasured requests before each line ({@code -Dinbox.bench.warmup}, default 30):
	 * with the full JIT of a production JVM (not the test suite's C1 only) a few hundred
	 * let C2 compile the request path first.
	 */
	static final int WARM_UP = Integer.getInteger("inbox.bench.warmup", 30);

	static final String PASSWORD = "Bench-Passw0rd-2026";

	static final String DATABASE = "gxp_bench_inbox";

	static final Pattern PARAMETER = Pattern.compile("\\G(?:null|(.*?)\\(([A-Za-z]+)\\))(?:, |$)");

	/**
	 * {@code -Dinbox.bench.keep=/some/dir}: the embedded PostgreSQL data directory lives
	 * there and outlives the run; a later run with the same sizes reuses the data set
	 * built there (and its audit key) instead of building it again. Without it, the data
	 * set is built from nothing in a temporary cluster.
	 */
	static final Path KEEP = System.getProperty("inbox.bench.keep", "").isBlank() ? null
			: Path.of(System.getProperty("inbox.bench.keep")).toAbsolutePath();

	/** {@code -Dinbox.bench.measure=false}: build (or check) the data set only. */
	static final boolean MEASURE = !"false".equals(System.getProperty("inbox.bench.measure"));

	/**
	 * Fewer checkpoints while the copies write some GB of rows; nothing the inbox's reads
	 * depend on.
	 */
	static final Map<String, String> SERVER_CONFIG = Map.of("max_wal_size", "4GB", "checkpoint_timeout", "30min");

	@Test
	void inboxLatencyAtOneHundredThousandOpenTasks() throws Exception {
		System.out.println("load average at start: " + loadAverage());
		long started = System.nanoTime();
		Path marker = KEEP == null ? null : KEEP.resolve("data-set.properties");
		Path keptKey = KEEP == null ? null : KEEP.resolve("audit-key.p12");
		Properties kept = new Properties();
		if (marker != null && Files.exists(marker)) {
			try (var in = Files.newInputStream(marker)) {
				kept.load(in);
			}
		}
		// reused only when the build there finished (the marker is written last) for the
		// same sizes
		boolean reuse = marker != null && String.valueOf(TASKS).equals(kept.getProperty("tasks"))
				&& String.valueOf(HISTORY_ROWS).equals(kept.getProperty("history")) && Files.exists(keptKey);
		PostgresServer.cluster(KEEP == null ? null : KEEP.resolve("pgdata"), SERVER_CONFIG);
		String url;
		if (reuse) {
			System.out.println("data set: reusing the complete data set kept in " + KEEP + " (" + kept + ")");
			Files.copy(keptKey, Path.of(PostgresServer.PRODUCTION_SECRETS.get("GXP_AUDIT_KEYSTORE")),
					StandardCopyOption.REPLACE_EXISTING);
			url = PostgresServer.database(DATABASE);
		}
		else {
			if (marker != null) {
				System.out.println("data set: building from nothing, kept in " + KEEP);
				Files.deleteIfExists(marker);
			}
			url = PostgresServer.newDatabase(DATABASE);
		}
		// production's hash costs: the HTTP Basic line pays its bcrypt check as in
		// operation
		Map<String, Object> settings = new LinkedHashMap<>(PostgresServer.PRODUCTION_HASHES);
		settings.put("camunda.bpm.job-execution.enabled", "false");
		ConfigurableApplicationContext server = PostgresServer.start(url, settings);
		System.out.printf("server started in %.1f s, load %s%n", (System.nanoTime() - started) / 1e9, loadAverage());
		try {
			int port = PostgresServer.port(server);
			DataSource superuser = PostgresServer.cluster().getDatabase("postgres", DATABASE);
			Accounts accounts = server.getBean(Accounts.class);
			List<String> users = new ArrayList<>();
			List<String> withInbox = new ArrayList<>();
			for (int i = 0; i < USERS; i++) {
				String id = "bench" + i;
				// one in ten a quality manager, one in ten an approver only (no review
				// work: their inbox is empty), the rest reviewers
				Role role = i % 10 == 0 ? Role.QUALITY_MANAGER : i % 10 == 1 ? Role.APPROVER : Role.REVIEWER;
				if (!reuse) {
					accounts.createSeedAccount(new NewAccount(id, "Bench User " + i, id + "@example.com",
							EnumSet.of(role), PASSWORD, null), false, false);
				}
				users.add(id);
				if (role != Role.APPROVER) {
					withInbox.add(id);
				}
			}
			RuntimeService runtime = server.getBean(RuntimeService.class);
			TaskService tasks = server.getBean(TaskService.class);
			Inbox inbox = server.getBean(Inbox.class);
			if (!reuse) {
				String loadBefore = loadAverage();
				long t0 = System.nanoTime();
				List<String> templates = new ArrayList<>();
				int claimed = 0;
				for (int i = 0; i < TEMPLATES; i++) {
					String pi = runtime
						.startProcessInstanceByKey(PROCESS_KEY, "BENCH-" + i,
								Map.of(VAR_DOCUMENT_NUMBER, "BENCH-" + i, VAR_TITLE, "Benchmark " + i, VAR_VERSION,
										"1.0", VAR_CHANGE_SUMMARY, "bench", VAR_AUTHOR, "owner"))
						.getId();
					templates.add(pi);
					String task = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
					if (i % 3 == 0) {
						tasks.setDueDate(task, Date.from(Instant.now().plus(Duration.ofDays(i % 7))));
					}
					// each user with review work claims one template; the rest stay with
					// the groups
					if (i < withInbox.size()) {
						inbox.claim(task, withInbox.get(i));
						claimed++;
					}
				}
				double setupSeconds = (System.nanoTime() - t0) / 1e9;
				System.out.printf(
						"setup: %d users, %d instances through the engine (%d claimed by their user) in %.1f s%n",
						USERS, TEMPLATES, claimed, setupSeconds);

				t0 = System.nanoTime();
				int copies = Math.max(0, TASKS / TEMPLATES - 1);
				new InboxDataSet(superuser).multiply(templates, copies, HISTORY_ROWS);
				double buildSeconds = (System.nanoTime() - t0) / 1e9;
				double totalSeconds = (System.nanoTime() - started) / 1e9;
				System.out.printf("data set: multiplied in %.1f s, %.1f s since start, load before %s, after %s%n",
						buildSeconds, totalSeconds, loadBefore, loadAverage());
				if (KEEP != null) {
					Files.copy(Path.of(PostgresServer.PRODUCTION_SECRETS.get("GXP_AUDIT_KEYSTORE")), keptKey,
							StandardCopyOption.REPLACE_EXISTING);
					Properties built = new Properties();
					built.setProperty("tasks", String.valueOf(TASKS));
					built.setProperty("history", String.valueOf(HISTORY_ROWS));
					built.setProperty("built", Instant.now().toString());
					built.setProperty("setupSeconds", String.format(Locale.ROOT, "%.1f", setupSeconds));
					built.setProperty("multiplySeconds", String.format(Locale.ROOT, "%.1f", buildSeconds));
					built.setProperty("sinceStartSeconds", String.format(Locale.ROOT, "%.1f", totalSeconds));
					built.setProperty("loadBefore", loadBefore);
					built.setProperty("loadAfter", loadAverage());
					try (var out = Files.newOutputStream(marker)) {
						built.store(out, "InboxBenchmark data set, complete");
					}
				}
			}
			try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
				System.out.printf(
						"data set: %,d open tasks (%,d assigned, %,d offered to groups), %,d identity links, "
								+ "%,d authorizations, %,d variables, %,d ACT_HI_* rows%n",
						count(s, "select count(*) from act_ru_task"),
						count(s, "select count(*) from act_ru_task where assignee_ is not null"),
						count(s, "select count(*) from act_ru_task where assignee_ is null"),
						count(s, "select count(*) from act_ru_identitylink"),
						count(s, "select count(*) from act_ru_authorization"),
						count(s, "select count(*) from act_ru_variable"), InboxDataSet.historyRows(s));
				for (String table : InboxDataSet.names(s, "act_hi_%")) {
					long n = count(s, "select count(*) from " + table);
					if (n > 0) {
						System.out.printf("  %-22s %,12d%n", table, n);
					}
				}
			}
			if (!MEASURE) {
				return;
			}

			Random random = new Random(42);
			List<HttpClient> sessions = new ArrayList<>();
			List<String> sessionUsers = new ArrayList<>();
			for (int i = 0; i < withInbox.size(); i += 3) {
				sessions.add(login(port, withInbox.get(i)));
				sessionUsers.add(withInbox.get(i));
			}
			System.out.printf(
					"measure: %d sessions (form login) of users with review work, %d samples each after %d warm-up, "
							+ "JVM %s%n",
					sessions.size(), SAMPLES, WARM_UP, ManagementFactory.getRuntimeMXBean().getInputArguments());
			measure("GET /inbox (HTML, session)",
					i -> get(sessions.get(random.nextInt(sessions.size())), port, "/inbox"));
			measure("GET /api/inbox (JSON, session)",
					i -> get(sessions.get(random.nextInt(sessions.size())), port, "/api/inbox"));
			measure("GET /api/inbox (JSON, HTTP Basic: bcrypt)",
					i -> Http.as(port, withInbox.get(random.nextInt(withInbox.size())), PASSWORD)
						.get("/api/inbox")
						.status());

			// the engine's queries behind one inbox request, with their plans
			List<String> statements = captureTaskSql(() -> get(sessions.get(1), port, "/api/inbox"));
			System.out.println("task queries of one GET /api/inbox as " + sessionUsers.get(1) + ":");
			explain(superuser, statements);

			if (Boolean.getBoolean("inbox.bench.explore")) {
				explore(superuser, statements, sessionUsers.get(1),
						Role.groupIds(accounts.get(sessionUsers.get(1)).roles()), sessions, port);
			}

			// where one request's time goes, in process, for one user with review work
			String user = sessionUsers.get(1);
			List<String> groups = Role.groupIds(accounts.get(user).roles());
			measureInProcess("in process: counts as before (3 engine count queries)",
					() -> countsAsBefore(tasks, user, groups));
			measureInProcess("in process: Inbox.counts (capped native counts)", () -> {
				inbox.counts(user);
				return 200;
			});
			measureInProcess("in process: Inbox.tasksFor, 50 rows (JSON)", () -> {
				inbox.tasksFor(user, new InboxFilter(null, null, null, null), 50);
				return 200;
			});
			measureInProcess("in process: Inbox.tasksFor, 200 rows (page)", () -> {
				inbox.tasksFor(user, new InboxFilter(null, null, null, null), 200);
				return 200;
			});
			System.out.println("counts of " + user + ": " + inbox.counts(user));

			// what the engine's authorization joins would add if the list ran as the
			// user (it does not: Inbox filters by assignee and candidate groups itself);
			// over 8 minutes at 100,000 tasks, so only on request
			if (Boolean.getBoolean("inbox.bench.authorized")) {
				IdentityService identity = server.getBean(IdentityService.class);
				measureInProcess("engine task query (list 50 + count), unauthenticated",
						() -> visible(tasks, user, groups));
				identity.setAuthentication(user, groups);
				try {
					measureInProcess("same query as the user (authorization joins)",
							() -> visible(tasks, user, groups));
					List<String> authorized = captureTaskSql(() -> {
						visible(tasks, user, groups);
						return 200;
					});
					System.out.println("the same list query as the user, with the engine's authorization check:");
					explain(superuser, authorized.subList(0, 1));
				}
				finally {
					identity.clearAuthentication();
				}
			}
		}
		finally {
			server.close();
			System.out.println("load average at end: " + loadAverage());
		}
	}

	/**
	 * Alternatives tried on the built data set (-Dinbox.bench.explore=true): the same
	 * list and count as EXISTS instead of LEFT JOIN + DISTINCT, then an index for the
	 * inbox order, with the engine's own statements explained and measured again.
	 */
	static void explore(DataSource superuser, List<String> statements, String user, List<String> groups,
			List<HttpClient> sessions, int port) throws Exception {
		String in = "'" + String.join("', '", groups) + "'";
		String visible = "(RES.ASSIGNEE_ = '" + user + "' or (RES.ASSIGNEE_ is null and exists (select 1 from "
				+ "ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and (I.USER_ID_ = '"
				+ user + "' or I.GROUP_ID_ in (" + in + ")))))";
		System.out.println("explore: EXISTS instead of LEFT JOIN + DISTINCT");
		explain(superuser,
				List.of("select RES.* from ACT_RU_TASK RES where " + visible
						+ " order by RES.DUE_DATE_ asc, RES.CREATE_TIME_ asc limit 200",
						"select count(*) from ACT_RU_TASK RES where " + visible,
						"select count(*) from ACT_RU_TASK RES where RES.ASSIGNEE_ is null and exists (select 1 from "
								+ "ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and "
								+ "I.GROUP_ID_ in (" + in + "))"));
		try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
			s.execute("create index if not exists bench_task_due_create on ACT_RU_TASK (DUE_DATE_, CREATE_TIME_)");
			s.execute(
					"create index if not exists bench_identitylink_task_type on ACT_RU_IDENTITYLINK (TASK_ID_, TYPE_, GROUP_ID_, USER_ID_)");
			s.execute("analyze ACT_RU_TASK");
			s.execute("analyze ACT_RU_IDENTITYLINK");
		}
		System.out.println(
				"explore: with indexes (DUE_DATE_, CREATE_TIME_) and identity link (TASK_ID_, TYPE_, GROUP_ID_, USER_ID_)");
		explain(superuser, statements);
		Random random = new Random(7);
		measure("explore: GET /inbox, indexes",
				i -> get(sessions.get(random.nextInt(sessions.size())), port, "/inbox"));
		measure("explore: GET /api/inbox, indexes",
				i -> get(sessions.get(random.nextInt(sessions.size())), port, "/api/inbox"));
	}

	/** The inbox counts as the engine's task queries gave them before the cap. */
	static int countsAsBefore(TaskService tasks, String user, List<String> groups) {
		tasks.createTaskQuery().taskAssignee(user).count();
		tasks.createTaskQuery().taskCandidateGroupIn(groups).count();
		visibleTo(tasks, user, groups).dueBefore(new Date()).count();
		return 200;
	}

	static int visible(TaskService tasks, String user, List<String> groups) {
		visibleTo(tasks, user, groups).orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, 50);
		visibleTo(tasks, user, groups).count();
		return 200;
	}

	/** The person's own tasks and those offered to them or their groups. */
	private static TaskQuery visibleTo(TaskService tasks, String user, List<String> groups) {
		return tasks.createTaskQuery()
			.or()
			.taskAssignee(user)
			.taskCandidateUser(user)
			.taskCandidateGroupIn(groups)
			.endOr();
	}

	interface Call {

		int run(int i) throws Exception;

	}

	interface Work {

		int run() throws Exception;

	}

	static void measure(String what, Call call) throws Exception {
		for (int warm = 0; warm < WARM_UP; warm++) {
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
		print(what, samples);
	}

	static void measureInProcess(String what, Work work) throws Exception {
		measure(what, i -> work.run());
	}

	static void print(String what, long[] samples) {
		Arrays.sort(samples);
		int n = samples.length;
		System.out.printf("%-52s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms  (%d requests)  load %s%n", what,
				samples[n / 2] / 1e6, samples[(int) (n * 0.95)] / 1e6, samples[n - 1] / 1e6, n, loadAverage());
	}

	/**
	 * The SQL of the engine's task queries run while {@code work} runs, with their
	 * parameters inlined, from the engine's MyBatis log (DEBUG on the TaskEntity mapper).
	 */
	static List<String> captureTaskSql(Work work) throws Exception {
		Logger logger = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.impl.persistence.entity.TaskEntity");
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		Level before = logger.getLevel();
		logger.addAppender(appender);
		logger.setLevel(Level.DEBUG);
		try {
			work.run();
		}
		finally {
			logger.setLevel(before);
			logger.detachAppender(appender);
		}
		List<String> statements = new ArrayList<>();
		String sql = null;
		for (ILoggingEvent e : appender.list) {
			String message = e.getFormattedMessage();
			int p = message.indexOf("Preparing: ");
			int q = message.indexOf("Parameters: ");
			if (p >= 0) {
				sql = message.substring(p + "Preparing: ".length()).trim();
			}
			else if (q >= 0 && sql != null) {
				statements.add(inline(sql, message.substring(q + "Parameters: ".length()).trim()));
				sql = null;
			}
		}
		return statements;
	}

	static String inline(String sql, String parameters) {
		List<String> values = new ArrayList<>();
		Matcher m = PARAMETER.matcher(parameters);
		while (m.find()) {
			if (m.group(2) == null) {
				values.add("null");
			}
			else if (Set.of("Integer", "Long", "Boolean", "Short", "Double").contains(m.group(2))) {
				values.add(m.group(1));
			}
			else {
				values.add("'" + m.group(1).replace("'", "''") + "'");
			}
			if (m.end() >= parameters.length()) {
				break;
			}
		}
		StringBuilder out = new StringBuilder();
		int next = 0;
		for (char ch : sql.toCharArray()) {
			out.append(ch == '?' && next < values.size() ? values.get(next++) : String.valueOf(ch));
		}
		return out.toString();
	}

	static void explain(DataSource superuser, List<String> statements) throws Exception {
		try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
			for (String sql : statements) {
				System.out.println("SQL: " + sql);
				try (ResultSet r = s.executeQuery("explain (analyze, buffers) " + sql)) {
					while (r.next()) {
						System.out.println("  " + r.getString(1));
					}
				}
			}
		}
	}

	static long count(Statement s, String sql) throws Exception {
		try (ResultSet r = s.executeQuery(sql)) {
			r.next();
			return r.getLong(1);
		}
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (Exception e) {
			return "n/a";
		}
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
		String form = "username=" + user + "&password=" + PASSWORD + "&_csrf="
				+ URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
		client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		return client;
	}

	static int get(HttpClient client, int port, String path) throws Exception {
		HttpResponse<String> response = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		// a lost session answers with the login page (302) or 401: not a measurement
		return response.statusCode();
	}

}
