package org.gxpbridge.support;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda's web applications keep their runtime in static fields that each servlet
 * context sets on start and clears on close. A test class with its own server context
 * (AlertMailLimitTests, MailRoundTripIT) clears them for the shared server when it
 * closes, and Cockpit, Tasklist and Admin of the shared server then answer 500. Before
 * each test class this puts back what Camunda's container bootstrap would set; production
 * runs one servlet context and never meets this. Registered for every Spring test in
 * META-INF/spring.factories.
 */
public class CamundaWebappsRestored implements TestExecutionListener {

	@Override
	public void beforeTestClass(TestContext testContext) {
		if (Cockpit.getRuntimeDelegate() == null || Tasklist.getRuntimeDelegate() == null) {
			System.err.println("CamundaWebappsRestored: Camunda webapp runtime cleared before "
					+ testContext.getTestClass().getSimpleName() + " (cockpit " + Cockpit.getRuntimeDelegate()
					+ ", tasklist " + Tasklist.getRuntimeDelegate() + "); restored");
		}
		if (Cockpit.getRuntimeDelegate() == null) {
			Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
		}
		if (Admin.getRuntimeDelegate() == null) {
			Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
		}
		if (Tasklist.getRuntimeDelegate() == null) {
			Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
		}
		if (Welcome.getRuntimeDelegate() == null) {
			Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
		}
	}

}
