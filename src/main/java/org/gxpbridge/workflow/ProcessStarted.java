package org.gxpbridge.workflow;

/** A process instance just started. */
public record ProcessStarted(String processInstanceId, String processDefinitionId, String businessKey) {
}
