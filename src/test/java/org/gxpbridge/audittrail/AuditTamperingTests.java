package org.gxpbridge.audittrail;

import org.gxpbridge.signature.Signatures;
import org.gxpbridge.signature.SignRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.workflow.ProcessKeys;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * P11-10a / CHK-04 on H2: a DBA's UPDATE, DELETE or INSERT on the ledger or the engine history is reported with the
 * first affected entry. Every test puts the database back, because all server tests share one.
 */
@GxpServerTest
class AuditTamperingTests {

    @LocalServerPort
    int port;
    @Autowired
    Workflow workflow;
    @Autowired
    TaskService tasks;
    @Autowired
    Signatures signatures;
    @Autowired
    AuditLedger ledger;
    @Autowired
    JdbcTemplate jdbc;

    String pi;

    @BeforeEach
    void someSealedWork() {
        pi = workflow.start(ProcessKeys.DOCUMENT_APPROVAL, "DOC-TAMPER", Map.of("documentTitle", "SOP-9", "changeSummary", "new"), "owner").processInstanceId();
        String task = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
        // the review is a signing step: it completes only through a signature
        signatures.sign(new SignRequest(task, "reviewer", Http.DEMO_PASSWORD, "REVIEWED", Map.of("reviewOutcome", "REJECTED"), null, "127.0.0.1"));
        ledger.seal();
        VerificationReport before = ledger.verify();
        assertThat(before.intact()).as(before.describe()).isTrue();
    }

    AuditEntry entry(String objectType, String field) {
        return ledger.entries(new AuditQuery(pi, null, null, null, null, 1000)).stream()
                .filter(e -> e.objectType().equals(objectType) && (field == null || field.equals(e.field()))).reduce((a, b) -> b).orElseThrow();
    }

    VerificationReport brokenAt(Long seq) {
        VerificationReport r = ledger.verify();
        assertThat(r.intact()).as(r.describe()).isFalse();
        assertThat(r.firstBrokenEntry()).as(r.describe()).isEqualTo(seq);
        return r;
    }

    void intactAgain() {
        VerificationReport r = ledger.verify();
        assertThat(r.intact()).as(r.describe()).isTrue();
    }

    @Test
    void detectsLedgerEntryUpdatedBehindTheServersBack() {
        AuditEntry e = entry("Variable", "documentTitle");
        assertThat(e.position()).as("sealed").isNotNull();
        jdbc.update("update gxp_audit_entry set new_value = 'SOP-9 forged' where seq = ?", e.seq());
        try {
            assertThat(brokenAt(e.seq()).problems()).anySatisfy(p -> assertThat(p).contains("does not match its chain hash"));
        } finally {
            jdbc.update("update gxp_audit_entry set new_value = ? where seq = ?", e.newValue(), e.seq());
        }
        intactAgain();
    }

    @Test
    void detectsSealedLedgerEntryDeleted() {
        AuditEntry e = entry("Task", null);
        Map<String, Object> row = jdbc.queryForMap("select * from gxp_audit_entry where seq = ?", e.seq());
        jdbc.update("delete from gxp_audit_entry where seq = ?", e.seq());
        try {
            assertThat(brokenAt(e.seq()).problems()).anySatisfy(p -> assertThat(p).contains("deleted from the ledger"));
        } finally {
            insert("gxp_audit_entry", row);
        }
        intactAgain();
    }

    @Test
    void detectsLedgerEntryInsertedBehindTheChain() {
        jdbc.update("insert into gxp_audit_entry (seq, recorded_at, actor_id, action, object_type, object_id) values (0, ?, 'approver', 'Complete', 'Task', 'forged')",
                java.time.OffsetDateTime.parse("2020-01-01T00:00:00Z"));
        try {
            assertThat(brokenAt(0L).problems()).anySatisfy(p -> assertThat(p).contains("inserted behind the sealer's back"));
        } finally {
            jdbc.update("delete from gxp_audit_entry where seq = 0");
        }
        intactAgain();
    }

    @Test
    void detectsCheckpointSignatureForged() {
        long last = jdbc.queryForObject("select max(last_pos) from gxp_audit_checkpoint", Long.class);
        String signature = jdbc.queryForObject("select signature from gxp_audit_checkpoint where last_pos = ?", String.class, last);
        String other = jdbc.queryForObject("select signature from gxp_audit_checkpoint where last_pos < ? order by last_pos desc fetch first 1 rows only", String.class, last);
        jdbc.update("update gxp_audit_checkpoint set signature = ? where last_pos = ?", other, last);
        try {
            VerificationReport r = ledger.verify();
            assertThat(r.intact()).isFalse();
            assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("not signed by the server key"));
        } finally {
            jdbc.update("update gxp_audit_checkpoint set signature = ? where last_pos = ?", signature, last);
        }
        intactAgain();
    }

    @Test
    void detectsHistoryRowUpdatedBehindTheServersBack() {
        AuditEntry e = entry("Variable", "documentTitle");
        String original = jdbc.queryForObject("select TEXT_ from ACT_HI_DETAIL where ID_ = ?", String.class, e.sourceRowId());
        jdbc.update("update ACT_HI_DETAIL set TEXT_ = 'SOP-9 forged' where ID_ = ?", e.sourceRowId());
        try {
            assertThat(brokenAt(e.seq()).problems()).anySatisfy(p -> assertThat(p).contains("ACT_HI_DETAIL row " + e.sourceRowId() + " differs"));
        } finally {
            jdbc.update("update ACT_HI_DETAIL set TEXT_ = ? where ID_ = ?", original, e.sourceRowId());
        }
        intactAgain();
    }

    @Test
    void detectsHistoryRowDeletedBehindTheServersBack() {
        AuditEntry e = entry("Task", null);
        Map<String, Object> row = jdbc.queryForMap("select * from ACT_HI_TASKINST where ID_ = ?", e.sourceRowId());
        jdbc.update("delete from ACT_HI_TASKINST where ID_ = ?", e.sourceRowId());
        try {
            assertThat(brokenAt(e.seq()).problems()).anySatisfy(p -> assertThat(p).contains("deleted from the engine history"));
        } finally {
            insert("ACT_HI_TASKINST", row);
        }
        intactAgain();
    }

    @Test
    void detectsHistoryRowInsertedBehindTheServersBack() {
        jdbc.update("insert into ACT_HI_OP_LOG (ID_, USER_ID_, OPERATION_TYPE_, ENTITY_TYPE_, TIMESTAMP_, CATEGORY_) "
                + "values ('forged-op-1', 'approver', 'Complete', 'Task', CURRENT_TIMESTAMP, 'TaskWorker')");
        try {
            VerificationReport r = ledger.verify();
            assertThat(r.intact()).isFalse();
            assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("ACT_HI_OP_LOG row forged-op-1 has no ledger entry"));
        } finally {
            jdbc.update("delete from ACT_HI_OP_LOG where ID_ = 'forged-op-1'");
        }
        intactAgain();
    }

    @Test
    void verifyEndpointAnswersIntactForEveryRole() {
        for (String user : List.of("inspector", "auditor", "qm")) {
            Http.Response r = Http.as(port, user).get("/api/audit/verify");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().path("intact").asBoolean()).as(r.body()).isTrue();
            assertThat(r.json().path("entries").asLong()).isPositive();
            assertThat(r.json().has("firstBrokenEntry")).isTrue();
        }
    }

    private void insert(String table, Map<String, Object> row) {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
        jdbc.update("insert into " + table + " (" + columns + ") values (" + marks + ")", row.values().toArray());
    }
}
