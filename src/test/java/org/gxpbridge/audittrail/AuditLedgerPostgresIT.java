package org.gxpbridge.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.gxpbridge.support.PostgresServer;
import org.gxpbridge.workflow.ProcessKeys;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ledger on PostgreSQL (P11-10a/e, CHK-04): SQL tampering is found; two nodes seal one unbroken chain. */
class AuditLedgerPostgresIT {

    /** Started by a process owner: the administrator is no candidate starter of a GxP process. */
    static String start(ConfigurableApplicationContext server, String businessKey) {
        org.gxpbridge.security.Accounts accounts = server.getBean(org.gxpbridge.security.Accounts.class);
        synchronized (AuditLedgerPostgresIT.class) {
            if (accounts.find("oowner").isEmpty()) {
                accounts.createSeedAccount(new org.gxpbridge.security.NewAccount("oowner", "Olga Owner", "oowner@example.com",
                        java.util.Set.of(org.gxpbridge.security.Role.PROCESS_OWNER), "Owner-Passw0rd-2026", null), false, false);
            }
        }
        return server.getBean(Workflow.class).start(ProcessKeys.DOCUMENT_APPROVAL, businessKey,
                Map.of("documentTitle", "SOP " + businessKey, "changeSummary", "new"), "oowner").processInstanceId();
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void detectsLedgerAndHistoryTamperingOnPostgresWithTheFirstAffectedEntry() {
        try (ConfigurableApplicationContext server = PostgresNode.start(PostgresServer.newDatabase("audit_tamper"), Map.of())) {
            AuditLedger ledger = server.getBean(AuditLedger.class);
            JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
            String pi = start(server, "DOC-PG-1");
            ledger.withReason("correct the title", () -> {
                server.getBean(Workflow.class).runAs(PostgresServer.ADMIN_USER, () -> {
                    server.getBean(RuntimeService.class).setVariable(pi, "documentTitle", "SOP corrected");
                    return null;
                });
                return null;
            });
            ledger.seal();
            VerificationReport before = ledger.verify();
            assertThat(before.intact()).as(before.describe()).isTrue();
            AuditEntry change = ledger.entries(new AuditQuery(pi, null, null, null, null, 1000)).stream()
                    .filter(e -> "SOP corrected".equals(e.newValue())).findFirst().orElseThrow();
            assertThat(change.reason()).isEqualTo("correct the title");
            assertThat(change.oldValue()).isEqualTo("SOP DOC-PG-1");

            jdbc.update("update gxp_audit_entry set reason = 'no reason' where seq = ?", change.seq());
            VerificationReport ledgerUpdated = ledger.verify();
            assertThat(ledgerUpdated.intact()).isFalse();
            assertThat(ledgerUpdated.firstBrokenEntry()).isEqualTo(change.seq());
            jdbc.update("update gxp_audit_entry set reason = ? where seq = ?", change.reason(), change.seq());

            jdbc.update("update ACT_HI_DETAIL set TEXT_ = 'SOP forged' where ID_ = ?", change.sourceRowId());
            VerificationReport historyUpdated = ledger.verify();
            assertThat(historyUpdated.intact()).isFalse();
            assertThat(historyUpdated.firstBrokenEntry()).isEqualTo(change.seq());

            jdbc.update("delete from ACT_HI_DETAIL where ID_ = ?", change.sourceRowId());
            VerificationReport historyDeleted = ledger.verify();
            assertThat(historyDeleted.firstBrokenEntry()).isEqualTo(change.seq());
            assertThat(historyDeleted.problems()).anySatisfy(p -> assertThat(p).contains("deleted from the engine history"));

            jdbc.update("insert into ACT_HI_OP_LOG (ID_, USER_ID_, OPERATION_TYPE_, ENTITY_TYPE_, TIMESTAMP_, CATEGORY_) "
                    + "values ('forged-op', 'jdoe', 'Complete', 'Task', now(), 'TaskWorker')");
            assertThat(ledger.verify().problems()).anySatisfy(p -> assertThat(p).contains("ACT_HI_OP_LOG row forged-op has no ledger entry"));

            jdbc.update("delete from gxp_audit_entry where seq = ?", change.seq());
            VerificationReport ledgerDeleted = ledger.verify();
            assertThat(ledgerDeleted.firstBrokenEntry()).isEqualTo(change.seq());
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void twoNodesOnOnePostgresSealOneUnbrokenChainUnderConcurrentLoad() throws Exception {
        String db = PostgresServer.newDatabase("audit_two_nodes");
        Map<String, Object> fastSealing = Map.of("gxp.audit.seal-interval", "200ms", "gxp.audit.seal-every-entries", "25");
        try (ConfigurableApplicationContext a = PostgresNode.start(db, fastSealing);
                ConfigurableApplicationContext b = PostgresNode.start(db, fastSealing)) {
            ExecutorService load = Executors.newFixedThreadPool(4);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                ConfigurableApplicationContext node = t % 2 == 0 ? a : b;
                int thread = t;
                work.add(load.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        start(node, "DOC-N" + thread + "-" + i);
                        // seal from the loading threads too, so both nodes contend for the advisory lock
                        node.getBean(AuditLedger.class).seal();
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get(3, TimeUnit.MINUTES);
            }
            load.shutdown();
            AuditLedger ledgerA = a.getBean(AuditLedger.class);
            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline
                    && jdbc.queryForObject("select count(*) from gxp_audit_entry e where not exists (select 1 from gxp_audit_seal s where s.seq = e.seq)", Long.class) > 0) {
                ledgerA.seal();
                Thread.sleep(200);
            }
            VerificationReport report = b.getBean(AuditLedger.class).verify();
            assertThat(report.intact()).as(report.describe()).isTrue();
            assertThat(report.unsealedEntries()).isZero();
            long entries = jdbc.queryForObject("select count(*) from gxp_audit_entry", Long.class);
            assertThat(jdbc.queryForObject("select max(pos) from gxp_audit_seal", Long.class)).as("dense chain, no fork").isEqualTo(entries);
            assertThat(jdbc.queryForObject("select count(*) from gxp_audit_checkpoint", Long.class)).isGreaterThan(1);
            assertThat(jdbc.queryForObject("select count(*) from gxp_audit_entry where object_type = 'ProcessInstance' and action = 'start'", Long.class)).isEqualTo(60);
        }
    }
}
