package org.gxpbridge.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.signature.SignRequest;
import org.gxpbridge.signature.SignatureSettings;
import org.gxpbridge.signature.Signatures;
import org.gxpbridge.signature.internal.CertificateAuthority;
import org.gxpbridge.signature.internal.CmsSignatures;
import org.gxpbridge.signature.internal.KeyWrap;
import org.gxpbridge.signature.internal.Pki;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 3 benchmark (prints figures, asserts nothing about time): signatures per second, and DocumentApprovalProcess
 * walks per second with signed steps against the same walk with plain completion, same run, same database. The plain
 * walk runs on a copy of the model without signature.meaning (deployed here), because the gate refuses plain
 * completion of the real one. Run: ./mvnw -Pbench verify -Dtest=SignatureBenchmark -Djacoco.skip=true
 */
@GxpServerTest
class SignatureBenchmark {

    private static final String PLAIN_KEY = "BenchPlainDocumentApprovalProcess";
    private static final int WARMUP = 5;
    private static final int ROUNDS = 30;

    @LocalServerPort
    int port;
    @Autowired
    Signatures signatures;
    @Autowired
    Workflow workflow;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    CertificateAuthority ca;
    @Autowired
    SignatureSettings settings;

    @Test
    void printsSigningAndWalkThroughput() throws Exception {
        deployPlainCopy();
        byte[] content = "{\"bench\":true}".getBytes(StandardCharsets.UTF_8);
        KeyPair keys = Pki.newKeyPair();
        var cert = ca.issue("bench", "Bench Signer", keys.getPublic());
        byte[] wrapped = KeyWrap.wrap(keys.getPrivate().getEncoded(), Http.DEMO_PASSWORD, "bench", settings.kdf());
        byte[] cms = CmsSignatures.sign(content, keys.getPrivate(), cert);
        report("scrypt key unwrap (N=2^" + settings.kdf().costLog2() + ")", 50, i -> KeyWrap.unwrap(wrapped, Http.DEMO_PASSWORD, "bench"));
        report("CMS sign (ECDSA P-256, SHA-256)", 500, i -> CmsSignatures.sign(content, keys.getPrivate(), cert));
        report("CMS verify against CA", 500, i -> CmsSignatures.verify(cms, content, ca.certificate()));
        report("unwrap + sign + verify", 50, i -> CmsSignatures.verify(CmsSignatures.sign(content,
                Pki.privateKey(KeyWrap.unwrap(wrapped, Http.DEMO_PASSWORD, "bench")), cert), content, ca.certificate()));

        for (int i = 0; i < WARMUP; i++) {
            javaPlainWalk();
            javaSignedWalk();
            httpWalk(false);
            httpWalk(true);
        }
        double plainJava = rate("Java API walk, plain completion", this::javaPlainWalk);
        double signedJava = rate("Java API walk, 2 signed steps", this::javaSignedWalk);
        double plainHttp = rate("HTTP walk, plain completion (engine REST)", () -> httpWalk(false));
        double signedHttp = rate("HTTP walk, 2 signed steps (POST /sign)", () -> httpWalk(true));
        System.out.printf("BENCH signing cost: Java API %.1f%% of plain throughput lost, HTTP %.1f%% lost (goal <= 10%%)%n",
                100 * (1 - signedJava / plainJava), 100 * (1 - signedHttp / plainHttp));
        String id = signatures.forProcessInstance(javaSignedWalk()).get(0).signatureId();
        report("GET verification (find: CMS + linking + history)", 100, i -> signatures.find(id));
    }

    private void report(String what, int n, IntConsumer op) {
        for (int i = 0; i < Math.min(n, 10); i++) {
            op.accept(i);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            op.accept(i);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("BENCH %-50s %8.1f /s  (%.2f ms each, n=%d)%n", what, n / seconds, 1000 * seconds / n, n);
    }

    private double rate(String what, Runnable walk) {
        long t0 = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            walk.run();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("BENCH %-50s %8.2f walks/s (%.1f ms each, n=%d)%n", what, ROUNDS / seconds, 1000 * seconds / ROUNDS, ROUNDS);
        return ROUNDS / seconds;
    }

    private Map<String, Object> start() {
        String number = "BENCH-" + UUID.randomUUID();
        return Map.of("documentNumber", number, "documentTitle", "Benchmark SOP", "documentVersion", "1.0", "changeSummary", "bench");
    }

    private String javaPlainWalk() {
        String pi = workflow.start(PLAIN_KEY, null, start(), "owner").processInstanceId();
        complete(pi, "reviewer", Map.of("reviewOutcome", "ACCEPTED"));
        complete(pi, "approver", Map.of("approvalOutcome", "APPROVED"));
        runJobs(pi);
        return pi;
    }

    private String javaSignedWalk() {
        String pi = workflow.start("DocumentApprovalProcess", null, start(), "owner").processInstanceId();
        signatures.sign(new SignRequest(taskOf(pi), "reviewer", Http.DEMO_PASSWORD, "REVIEWED", Map.of("reviewOutcome", "ACCEPTED"), null, "bench"));
        signatures.sign(new SignRequest(taskOf(pi), "approver", Http.DEMO_PASSWORD, "APPROVED", Map.of("approvalOutcome", "APPROVED"), null, "bench"));
        runJobs(pi);
        return pi;
    }

    private void httpWalk(boolean signed) {
        String key = signed ? "DocumentApprovalProcess" : PLAIN_KEY;
        Map<String, Object> v = start();
        String pi = Http.as(port, "owner").post("/engine-rest/process-definition/key/" + key + "/start", Map.of("variables",
                Http.vars("documentNumber", v.get("documentNumber"), "documentTitle", "Benchmark SOP", "documentVersion", "1.0"))).json().get("id").asText();
        step(pi, "reviewer", signed, "REVIEWED", "reviewOutcome", "ACCEPTED");
        step(pi, "approver", signed, "APPROVED", "approvalOutcome", "APPROVED");
        runJobs(pi);
    }

    private void step(String pi, String user, boolean signed, String meaning, String variable, String value) {
        Http http = Http.as(port, user);
        String task = http.get("/engine-rest/task?processInstanceId=" + pi).json().get(0).get("id").asText();
        Http.Response r = signed
                ? http.post("/api/tasks/" + task + "/sign", Map.of("meaning", meaning, "password", Http.DEMO_PASSWORD, "variables", Map.of(variable, value)))
                : http.post("/engine-rest/task/" + task + "/complete", Map.of("variables", Http.vars(variable, value)));
        if (r.status() >= 300) {
            throw new IllegalStateException(r.body());
        }
    }

    private void complete(String pi, String user, Map<String, Object> variables) {
        String task = taskOf(pi);
        workflow.runAs(user, () -> {
            tasks.complete(task, variables);
            return null;
        });
    }

    private String taskOf(String pi) {
        return tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
    }

    private void runJobs(String pi) {
        management.createJobQuery().processInstanceId(pi).list().forEach(j -> management.executeJob(j.getId()));
    }

    /** The same diagram without signature.meaning, under another key: plain completion for comparison. */
    private void deployPlainCopy() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/processes/document-approval.bpmn")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("(?s)<bpmn:extensionElements>\\s*<camunda:properties>.*?</camunda:properties>\\s*</bpmn:extensionElements>", "")
                    .replace("id=\"DocumentApprovalProcess\"", "id=\"" + PLAIN_KEY + "\"")
                    .replace("bpmnElement=\"DocumentApprovalProcess\"", "bpmnElement=\"" + PLAIN_KEY + "\"");
            repository.createDeployment().name("bench-plain-copy").addString("bench-plain.bpmn", xml).deploy();
        }
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PLAIN_KEY).count() != 1) {
            throw new IllegalStateException("plain copy not deployed");
        }
    }
}
