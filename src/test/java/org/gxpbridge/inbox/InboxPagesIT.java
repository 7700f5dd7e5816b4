package org.gxpbridge.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gxpbridge.workflow.DocumentApprovalModel.*;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.gxpbridge.support.Browser;
import org.gxpbridge.support.GxpServerTest;
import org.gxpbridge.support.Http;
import org.gxpbridge.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reviewer and an author work their inbox in a real browser. */
@GxpServerTest
class InboxPagesIT {

    @LocalServerPort
    int port;
    @Autowired
    Workflow workflow;
    @Autowired
    TaskService tasks;

    static void signIn(Browser browser, String user) {
        WebDriver d = browser.open("/login").driver();
        d.findElement(By.id("username")).sendKeys(user);
        d.findElement(By.id("password")).sendKeys(Http.DEMO_PASSWORD);
        d.findElement(By.id("sign-in")).click();
    }

    @Test
    void authorRevisesADocumentThroughTheInboxWithFieldErrorsFirst() {
        String pi = workflow.start(PROCESS_KEY, "SOP-UI-REV", Map.of(VAR_DOCUMENT_NUMBER, "SOP-UI-REV", VAR_TITLE, "Cleaning",
                VAR_VERSION, "1.0", VAR_CHANGE_SUMMARY, "first"), "owner").processInstanceId();
        workflow.runAs("reviewer", () -> {
            String review = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
            tasks.claim(review, "reviewer");
            tasks.complete(review, Map.of(VAR_REVIEW_OUTCOME, REVIEW_CHANGES_REQUESTED, VAR_REVIEW_COMMENT, "Add the rinse step"));
            return null;
        });
        try (Browser browser = new Browser(port)) {
            signIn(browser, "owner");
            WebDriver d = browser.open("/inbox?businessKey=SOP-UI-REV").driver();
            assertThat(d.findElement(By.id("tasks")).getText()).contains("Revise document").contains("SOP-UI-REV");
            browser.screenshot("inbox-owner");
            d.findElement(By.linkText("Revise document")).click();
            assertThat(d.findElement(By.id("documentation")).getText()).contains("requested changes");
            assertThat(d.findElement(By.id("field-reviewComment")).getText()).isEqualTo("Add the rinse step");
            d.findElement(By.id("field-documentVersion")).clear();
            d.findElement(By.id("field-changeSummary")).clear();
            d.findElement(By.id("complete")).click();
            assertThat(d.findElement(By.id("error-documentVersion")).getText()).contains("is required");
            assertThat(d.findElement(By.id("error-changeSummary")).getText()).contains("is required");
            browser.screenshot("task-field-errors");
            d.findElement(By.id("field-documentVersion")).sendKeys("1.1");
            d.findElement(By.id("field-changeSummary")).sendKeys("rinse step added");
            d.findElement(By.id("complete")).click();
            assertThat(d.findElement(By.id("info")).getText()).isEqualTo("Task completed");
            assertThat(d.findElement(By.id("tasks")).getText()).doesNotContain("SOP-UI-REV");
        }
        assertThat(tasks.createTaskQuery().processInstanceId(pi).singleResult().getTaskDefinitionKey()).isEqualTo(TASK_REVIEW);
    }

    @Test
    void reviewerClaimsAGroupTaskAndSeesTheSignDialog() {
        workflow.start(PROCESS_KEY, "SOP-UI-CLAIM", Map.of(VAR_DOCUMENT_NUMBER, "SOP-UI-CLAIM", VAR_TITLE, "Gowning",
                VAR_VERSION, "1.0", VAR_CHANGE_SUMMARY, "first"), "owner");
        try (Browser browser = new Browser(port)) {
            signIn(browser, "reviewer");
            WebDriver d = browser.open("/inbox?businessKey=SOP-UI-CLAIM").driver();
            d.findElement(By.cssSelector("#tasks button.claim")).click();
            assertThat(d.findElement(By.id("info")).getText()).isEqualTo("Task claimed");
            assertThat(d.findElement(By.id("assignee")).getText()).isEqualTo("reviewer");
            assertThat(d.findElement(By.id("meaning")).getText()).isEqualTo("REVIEWED");
            assertThat(d.findElement(By.id("history")).getText()).contains("owner").contains("started");
            browser.screenshot("task-sign-dialog");
            d.findElement(By.id("unclaim")).click();
            assertThat(d.findElement(By.id("info")).getText()).contains("handed back");
        }
    }
}
