package org.gxpbridge.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.gxpbridge.GxpBridgeApplication;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The whole server on a random port, embedded H2 in memory, demo users, job executor off
 * (tests run jobs themselves). Every test class that uses exactly this annotation shares
 * one Spring context, so keep extra properties out of it: a test that needs other
 * settings starts its own context and pays for it. Metrics export is on as in production
 * (Spring Boot turns it off in tests by default), so the Prometheus scrape is the real
 * one. The tag lets the build run every IT on this server in one JVM (pom.xml, failsafe
 * execution shared-server-its), so the server starts once for all of them. After each
 * class the whole ledger must still verify ({@link LedgerLeftIntact}).
 */
@Tag("shared-server")
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = GxpBridgeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@AutoConfigureObservability(tracing = false)
@Import(PasswordChecks.class)
@TestExecutionListeners(listeners = LedgerLeftIntact.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface GxpServerTest {

}
