package org.gxpbridge.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gxpbridge.audittrail.JarNodes.awaitHealth;
import static org.gxpbridge.audittrail.JarNodes.command;
import static org.gxpbridge.audittrail.JarNodes.count;
import static org.gxpbridge.audittrail.JarNodes.server;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.gxpbridge.support.Http;
import org.gxpbridge.support.PostgresServer;
import org.gxpbridge.support.TestPorts;
import org.gxpbridge.support.Verifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.util.FileSystemUtils;

/**
 * Issue 16, "Bad input and faults": the database is gone for 30 s while clients start
 * processes (engine REST), sign tasks, upload documents and read their inbox. One server
 * (the packaged jar) runs on its own PostgreSQL, which is stopped and started again on
 * the same data directory and port. While it is gone every request is answered 503
 * {@code database_unavailable} with {@code Retry-After} (never 500, never a hang, never
 * "wrong password": a login then counts toward no lockout); pages get a plain 503 page;
 * the health probe says 503. Afterwards the server is healthy again without a restart,
 * every write answered 2xx is stored exactly once, none is half-stored (an instance
 * without its ledger entry, a signature without its ledger entry or its completed task, a
 * document without its content), the job executor and the outbox resumed (no incident, no
 * due job left, every mail sent), the outage is one WARN line in the log, and the ledger
 * verifies on the server and with the jar's {@code audit verify} (A11-16 business
 * continuity, P11-10e, CHK-04).
 */
@Verifies({ "A11-16", "A11-7", "P11-10e", "CHK-04" })
class DatabaseOutageIT {

	private static final Duration OUTAGE = Duration.ofSeconds(30);

	/** A ceiling, not a measurement: a request that takes longer counts as a hang. */
	private static final Duration HANG = Duration.ofSeconds(90);

	private static final String PASSWORD = "Personal-Passw0rd!";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	/** Written by the load while the test reads it. */
	private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();

	private final Map<String, String> openTasks = new ConcurrentHashMap<>();

	private volatile boolean loadRuns = true;

	private int port;

	/** One answered (or unanswered: status -1) request of the load or of a probe. */
	record Outcome(String kind, String key, long sent, long answered, int status, String error, String retryAfter,
			String body) {

		boolean within(long from, long to) {
			return sent >= from && answered <= to;
		}

	}

	@Test
	@Timeout(value = 15, unit = TimeUnit.MINUTES)
	void requestsAreRefusedWith503WhileTheDatabaseIsGoneAndTheServerRecoversWithNothingHalfWritten() throws Exception {
		assertThat(JarNodes.JAR).exists();
		Path dir = Path.of("target/database-outage-it");
		FileSystemUtils.deleteRecursively(dir);
		Files.createDirectories(dir);
		Path data = dir.resolve("pgdata").toAbsolutePath();
		int pgPort = TestPorts.free();
		EmbeddedPostgres pg = postgres(data, pgPort);
		String url = database(pg, pgPort);
		int smtpPort = TestPorts.free();
		GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
		smtp.start();
		port = TestPorts.free();
		Process node = server(url, dir, port, "--gxp.security.bcrypt-strength=4", "--gxp.signature.kdf.memory-kib=2048",
				"--gxp.signature.kdf.iterations=1", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
				"--gxp.mail.outbox.send-interval=200ms", "--gxp.mail.outbox.lease=15s",
				"--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=500",
				// a job running when the database went away is taken again after its lock
				// (docs/operations.md, "Database outage")
				"--camunda.bpm.job-execution.lock-time-in-millis=15000", "--gxp.audit.seal-interval=1s");
		ExecutorService load = Executors.newFixedThreadPool(4);
		try {
			awaitHealth(port, node);
			Http admin = Http.as(port, PostgresServer.ADMIN_USER, PostgresServer.ADMIN_PASSWORD);
			person(admin, "aauthor", "PROCESS_OWNER");
			person(admin, "rreviewer", "REVIEWER");
			person(admin, "aapprover", "APPROVER");
			// tries a wrong password during the outage only, so that no later good login
			// resets the counter this test looks at
			person(admin, "pprobe", "REVIEWER");
			HttpClient browser = HttpClient.newBuilder()
				.followRedirects(HttpClient.Redirect.NEVER)
				.cookieHandler(new CookieManager())
				.build();
			assertThat(formLogin("form-login", browser, "rreviewer", PASSWORD).status())
				.as("a session before the outage")
				.isEqualTo(302);

			load.submit(() -> repeat(this::startOne));
			load.submit(() -> repeat(this::signOne));
			load.submit(() -> repeat(this::uploadOne));
			load.submit(() -> repeat(() -> send("read", "inbox", get("/api/inbox", "rreviewer", PASSWORD))));
			awaitSuccesses(Long.MIN_VALUE, "before the outage");

			long stopping = System.nanoTime();
			pg.close();
			long gone = System.nanoTime();
			Thread.sleep(5_000);
			// what people and probes get meanwhile
			send("probe-health", "health", request("/actuator/health").GET().build());
			send("probe-basic-wrong-password", "pprobe", get("/api/inbox", "pprobe", "Wrong-Passw0rd!"));
			// a fresh browser: the login page itself needs no database, the login does
			formLogin("probe-form-login-wrong-password",
					HttpClient.newBuilder()
						.followRedirects(HttpClient.Redirect.NEVER)
						.cookieHandler(new CookieManager())
						.build(),
					"pprobe", "Wrong-Passw0rd!");
			send("probe-page", "inbox", browser, request("/inbox").header("Accept", "text/html").GET().build());
			send("probe-webapp-engine", "task-count", browser,
					request("/camunda/api/engine/engine/default/task/count").GET().build());
			Thread.sleep(Math.max(0, OUTAGE.toMillis() - Duration.ofNanos(System.nanoTime() - stopping).toMillis()));
			long restarting = System.nanoTime();
			pg = postgres(data, pgPort);
			awaitHealth(port, node);
			long healthy = System.nanoTime();
			awaitSuccesses(healthy, "after the outage");
			loadRuns = false;
			load.shutdown();
			assertThat(load.awaitTermination(3, TimeUnit.MINUTES)).isTrue();

			summarize(gone, restarting);
			assertThat(outcomes).as("every request was answered within %s", HANG).noneMatch(o -> o.status() < 0);
			assertThat(outcomes).as("a login during the outage is refused as unavailable, never as a wrong password")
				.noneMatch(o -> o.status() == 401);
			assertThat(outcomes).as("no request failed otherwise than 503 database_unavailable")
				.allMatch(o -> Set.of(200, 201, 302, 409, 503).contains(o.status()));
			List<Outcome> refused = outcomes.stream().filter(o -> o.status() == 503).toList();
			assertThat(refused).as("every 503 names the outage and when to retry")
				.allMatch(o -> "database_unavailable".equals(o.error()) && "5".equals(o.retryAfter())
						|| o.kind().equals("probe-health"));
			// the login page is the one thing asked for that needs no database
			List<Outcome> during = outcomes.stream()
				.filter(o -> o.within(gone, restarting) && !o.kind().equals("login-page"))
				.toList();
			assertThat(during).as("while the database is gone every request is refused")
				.isNotEmpty()
				.allMatch(o -> o.status() == 503);
			assertThat(during.stream().map(Outcome::kind).collect(Collectors.toSet()))
				.containsAll(Set.of("start", "read", "upload", "probe-health", "probe-basic-wrong-password",
						"probe-form-login-wrong-password", "probe-page", "probe-webapp-engine"));
			assertThat(during).as("a signature is attempted during the outage")
				.anyMatch(o -> o.kind().equals("sign") || o.kind().equals("discover"));
			assertThat(body(during, "probe-page")).as("people get a plain page").contains("Temporarily unavailable");

			awaitZero(url, "select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1 "
					+ "and (duedate_ is null or duedate_ <= now())", "every due job ran");
			awaitZero(url, "select count(*) from gxp_mail_outbox where status <> 'SENT'", "the outbox drained");
			assertThat(count(url, "select count(*) from act_ru_incident")).as("no incident").isZero();
			assertThat(count(url, "select count(*) from act_ru_job where retries_ = 0")).as("no job gave up").isZero();
			assertThat(count(url, "select count(*) from gxp_mail_outbox")).as("the load sent notifications")
				.isPositive();

			writesAreStoredExactlyOnceAndNoneHalf(url);
			assertThat(count(url, "select failed_attempts from gxp_user where user_id = 'pprobe'"))
				.as("wrong passwords sent during the outage counted toward no lockout")
				.isZero();

			List<String> log = Files.readAllLines(serverLog(dir));
			System.out.printf("Database outage drill: server log %d lines, %d of them stack-trace frames%n", log.size(),
					log.stream().filter(l -> l.startsWith("\tat ")).count());
			assertThat(log.stream().filter(l -> l.contains("Database unreachable"))).as("one WARN for the outage")
				.hasSize(1);
			assertThat(log).as("no stack trace per refused request")
				.noneMatch(l -> l.contains("Unexpected failure on") || l.contains("Engine REST request failed")
						|| l.contains("failed, reference"));

			long refusals = outcomes.stream().filter(o -> "database_unavailable".equals(o.error())).count();
			double counted = scrape("gxp_database_unavailable_refusals_total");
			System.out.printf("Database outage drill: %d refusals seen by the clients, %.0f counted by the server%n",
					refusals, counted);
			assertThat(counted).as("the server counted the refusals it could not record in the ledger")
				.isGreaterThanOrEqualTo(refusals);
			// the server notices the end by its own probe (every 2 s, each attempt
			// waiting up
			// to the 5 s connection timeout): on a loaded machine that can come after the
			// first requests succeed again
			long probeDeadline = System.currentTimeMillis() + 60_000;
			while (scrape("gxp_database_outage") > 0 && System.currentTimeMillis() < probeDeadline) {
				Thread.sleep(500);
			}
			assertThat(scrape("gxp_database_outage")).as("the outage is over").isZero();

			JsonNode verify = admin.get("/api/audit/verify?full=true").json();
			assertThat(verify.path("intact").asBoolean()).as(verify.toString()).isTrue();
			node.destroy();
			node.waitFor(60, TimeUnit.SECONDS);
			assertThat(command(url, dir, "verify")).as("the jar's audit verify after the outage").isZero();
		}
		finally {
			loadRuns = false;
			load.shutdownNow();
			node.destroyForcibly();
			try {
				pg.close();
			}
			catch (IOException alreadyStopped) {
				// stopped by the drill and not started again
			}
			smtp.stop();
		}
	}

	private void writesAreStoredExactlyOnceAndNoneHalf(String url) throws SQLException {
		for (Outcome o : outcomes) {
			switch (o.kind()) {
				case "start" -> {
					long stored = count(url,
							"select count(*) from act_hi_procinst where business_key_ = '" + o.key() + "'");
					if (o.status() == 200) {
						assertThat(stored).as("start %s answered 200 is stored once", o.key()).isEqualTo(1);
					}
					else {
						// a 503 whose commit was in flight when the database went away
						// may
						// have
						// committed whole; never twice
						assertThat(stored).as("start %s answered %d", o.key(), o.status()).isLessThanOrEqualTo(1);
					}
				}
				case "sign" -> {
					if (o.status() == 200) {
						assertThat(count(url, "select count(*) from gxp_signature where task_id = '" + o.key() + "'"))
							.as("signature on %s answered 200 is stored once", o.key())
							.isEqualTo(1);
					}
				}
				case "upload" -> {
					if (o.status() == 201) {
						assertThat(count(url,
								"select count(*) from gxp_document d join gxp_document_content c "
										+ "on c.document_id = d.id where d.id = '" + o.key() + "'"))
							.as("document %s answered 201 is stored with its content", o.key())
							.isEqualTo(1);
					}
				}
				default -> {
				}
			}
		}
		assertThat(count(url,
				"select count(*) from act_hi_procinst p where p.business_key_ like 'SOP-OUT-%' and not "
						+ "exists (select 1 from gxp_audit_entry e where e.object_type = 'ProcessInstance' "
						+ "and e.business_key = p.business_key_)"))
			.as("no process instance without its ledger entry")
			.isZero();
		assertThat(count(url,
				"select count(*) from gxp_signature s where not exists (select 1 from gxp_audit_entry e "
						+ "where e.object_type = 'Signature' and e.object_id = s.id) or not exists (select 1 from "
						+ "act_hi_taskinst t where t.id_ = s.task_id and t.end_time_ is not null)"))
			.as("no signature without its ledger entry and its completed task")
			.isZero();
		assertThat(count(url,
				"select count(*) from gxp_document d where not exists "
						+ "(select 1 from gxp_document_content c where c.document_id = d.id)"))
			.as("no document without its content")
			.isZero();
		assertThat(count(url,
				"select count(*) from act_ru_task t where t.task_def_key_ in ('Task_ReviewDocument', "
						+ "'Task_ApproveDocument') and exists (select 1 from gxp_signature s where s.task_id = t.id_)"))
			.as("no signed task left open")
			.isZero();
	}

	// --- the load ---

	private final AtomicInteger sequence = new AtomicInteger();

	private void startOne() {
		String key = "SOP-OUT-" + sequence.incrementAndGet();
		String body = json(Map.of("businessKey", key, "variables", Http.vars("documentNumber", key, "documentTitle",
				"Outage drill " + key, "documentVersion", "1.0", "changeSummary", "new")));
		send("start", key, post("/engine-rest/process-definition/key/DocumentApprovalProcess/start", "aauthor", body));
	}

	private void signOne() {
		if (openTasks.isEmpty()) {
			discover("Task_ReviewDocument", "rreviewer");
			discover("Task_ApproveDocument", "aapprover");
			return;
		}
		String taskId = openTasks.keySet().iterator().next();
		String signer = openTasks.get(taskId);
		boolean review = signer.equals("rreviewer");
		String body = json(Map.of("meaning", review ? "REVIEWED" : "APPROVED", "password", PASSWORD, "variables",
				review ? Map.of("reviewOutcome", "ACCEPTED") : Map.of("approvalOutcome", "APPROVED")));
		Outcome o = send("sign", taskId, post("/api/tasks/" + taskId + "/sign", signer, body));
		if (o.status() != 503) {
			openTasks.remove(taskId);
		}
	}

	private void discover(String taskKey, String user) {
		Outcome o = send("discover", taskKey, get("/engine-rest/task?processDefinitionKey=DocumentApprovalProcess"
				+ "&taskDefinitionKey=" + taskKey + "&processInstanceBusinessKeyLike=SOP-OUT-%25", user, PASSWORD));
		if (o.status() == 200) {
			readJson(o.body()).forEach(t -> openTasks.put(t.path("id").asText(), user));
		}
	}

	private void uploadOne() {
		String boundary = "outage" + System.nanoTime();
		String content = "Outage drill evidence " + sequence.incrementAndGet() + " written at " + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"evidence.txt\""
				+ "\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		Outcome o = send("upload", "pending",
				request("/api/documents").header("Authorization", basic("aauthor", PASSWORD))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build());
		if (o.status() == 201) {
			// the outcome names the stored id, so the check afterwards finds it
			outcomes.remove(o);
			outcomes.add(new Outcome(o.kind(), readJson(o.body()).path("id").asText(), o.sent(), o.answered(),
					o.status(), o.error(), o.retryAfter(), o.body()));
		}
	}

	private void repeat(Runnable work) {
		while (loadRuns) {
			try {
				work.run();
			}
			catch (RuntimeException e) {
				outcomes
					.add(new Outcome("load", e.toString(), System.nanoTime(), System.nanoTime(), -2, null, null, null));
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				return;
			}
		}
	}

	/**
	 * Until each kind of write has succeeded at least twice since {@code since}: writes
	 * on both sides of the outage.
	 */
	private void awaitSuccesses(long since, String when) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		Predicate<String> done = kind -> outcomes.stream()
			.filter(o -> o.kind().equals(kind) && o.sent() >= since && o.status() / 100 == 2)
			.count() >= 2;
		while (System.nanoTime() < deadline && !(done.test("start") && done.test("sign") && done.test("upload"))) {
			Thread.sleep(250);
		}
		assertThat(done.test("start") && done.test("sign") && done.test("upload")).as("writes succeed " + when)
			.isTrue();
	}

	// --- HTTP ---

	private Outcome send(String kind, String key, HttpRequest request) {
		return send(kind, key, client, request);
	}

	private Outcome send(String kind, String key, HttpClient via, HttpRequest request) {
		long sent = System.nanoTime();
		Outcome o;
		try {
			HttpResponse<String> r = via.send(request, HttpResponse.BodyHandlers.ofString());
			o = new Outcome(kind, key, sent, System.nanoTime(), r.statusCode(), errorCode(r.body()),
					r.headers().firstValue("Retry-After").orElse(null), r.body());
		}
		catch (IOException e) {
			o = new Outcome(kind, key, sent, System.nanoTime(), -1, e.toString(), null, null);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			o = new Outcome(kind, key, sent, System.nanoTime(), -1, "interrupted", null, null);
		}
		outcomes.add(o);
		return o;
	}

	/** Form login as a browser does it: the login page's CSRF token, then the form. */
	private Outcome formLogin(String kind, HttpClient browser, String user, String password) {
		Outcome page = send("login-page", user, browser, request("/login").GET().build());
		Matcher token = CSRF.matcher(page.body() == null ? "" : page.body());
		assertThat(token.find()).as("the login page carries its CSRF token").isTrue();
		String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
		HttpRequest login = request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		HttpResponse<String> r;
		long sent = System.nanoTime();
		try {
			r = browser.send(login, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
		// a plain page, not JSON: its code is in the text
		String code = r.body() != null && r.body().contains("database_unavailable") ? "database_unavailable" : null;
		assertThat(r.headers().firstValue("Location").orElse("")).as("never told 'wrong password'")
			.doesNotContain("error");
		Outcome o = new Outcome(kind, user, sent, System.nanoTime(), r.statusCode(), code,
				r.headers().firstValue("Retry-After").orElse(null), r.body());
		outcomes.add(o);
		return o;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(HANG);
	}

	private HttpRequest get(String path, String user, String password) {
		return request(path).header("Accept", "application/json")
			.header("Authorization", basic(user, password))
			.GET()
			.build();
	}

	private HttpRequest post(String path, String user, String body) {
		return request(path).header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.header("Authorization", basic(user, PASSWORD))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static String errorCode(String body) {
		if (body != null && body.contains("database_unavailable")) {
			return "database_unavailable";
		}
		JsonNode json = readJson(body);
		return json.isObject() ? json.path("error").asText(json.path("type").asText(null)) : null;
	}

	private static JsonNode readJson(String body) {
		try {
			return JSON.readTree(body == null || body.isBlank() ? "null" : body);
		}
		catch (IOException notJson) {
			return JSON.nullNode();
		}
	}

	private static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (IOException e) {
			throw new IllegalArgumentException(e);
		}
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static String body(List<Outcome> outcomes, String kind) {
		return outcomes.stream().filter(o -> o.kind().equals(kind)).map(Outcome::body).findFirst().orElse("");
	}

	// --- set-up and checks ---

	private void person(Http admin, String userId, String role) {
		Http.Response created = admin.post("/api/admin/users",
				Map.of("userId", userId, "fullName", "Person " + userId, "email", userId + "@example.com", "roles",
						List.of(role), "initialPassword", "Initial-Passw0rd!", "reason", "database outage drill"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		// 11.100(b): a signer's identity is verified before they sign
		assertThat(admin
			.post("/api/admin/users/" + userId + "/identity-verification",
					Map.of("method", "HR_RECORD", "reference", "HR file of " + userId))
			.status()).isEqualTo(201);
		assertThat(Http.as(port, userId, "Initial-Passw0rd!")
			.post("/api/account/password", Map.of("currentPassword", "Initial-Passw0rd!", "newPassword", PASSWORD))
			.status()).isEqualTo(200);
	}

	/**
	 * The test's own PostgreSQL on a fixed data directory and port, so that it can be
	 * stopped and started again on the same data; the shared one serves other classes.
	 */
	private static EmbeddedPostgres postgres(Path data, int port) throws IOException {
		return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
	}

	/**
	 * The roles and the database an operator sets up (as {@link PostgresServer} does).
	 */
	private static String database(EmbeddedPostgres pg, int port) throws SQLException {
		try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			for (String role : List.of(PostgresServer.OWNER_ROLE, PostgresServer.APP_ROLE)) {
				s.execute("create role " + role + " login password '" + PostgresServer.ROLE_PASSWORD + "'");
			}
			s.execute("create database gxp_outage owner " + PostgresServer.OWNER_ROLE);
		}
		return "jdbc:postgresql://localhost:" + port + "/gxp_outage";
	}

	private static void awaitZero(String url, String sql, String what) throws Exception {
		long deadline = System.currentTimeMillis() + 180_000;
		while (System.currentTimeMillis() < deadline && count(url, sql) > 0) {
			Thread.sleep(500);
		}
		assertThat(count(url, sql)).as(what).isZero();
	}

	private Path serverLog(Path dir) throws IOException {
		try (var files = Files.list(dir)) {
			return files.filter(f -> f.getFileName().toString().startsWith("server-" + port + "-"))
				.findFirst()
				.orElseThrow();
		}
	}

	/** A meter of this node's Prometheus scrape (as an administrator). */
	private double scrape(String meter) {
		Outcome o = send("scrape", meter,
				request("/actuator/prometheus").header("Accept", "text/plain")
					.header("Authorization", basic(PostgresServer.ADMIN_USER, PostgresServer.ADMIN_PASSWORD))
					.GET()
					.build());
		assertThat(o.status()).isEqualTo(200);
		return o.body()
			.lines()
			.filter(l -> l.startsWith(meter + "{"))
			.mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
			.sum();
	}

	/** Figures for the reader (no assertion on them): what the load got when. */
	private void summarize(long gone, long restarting) {
		Map<String, Long> byKindAndStatus = new TreeMap<>();
		long slowest = 0;
		for (Outcome o : List.copyOf(outcomes)) {
			String phase = o.answered() < gone ? "before" : o.sent() > restarting ? "after" : "outage";
			byKindAndStatus.merge(phase + " " + o.kind() + " " + o.status(), 1L, Long::sum);
			if (phase.equals("outage")) {
				slowest = Math.max(slowest, o.answered() - o.sent());
			}
		}
		System.out.printf("Database outage drill: %s; slowest answer during the outage %d ms%n", byKindAndStatus,
				TimeUnit.NANOSECONDS.toMillis(slowest));
	}

}
