package org.gxpbridge.workflow;

/**
 * Published when models were deployed other than at server start (an approved model
 * change): the engine's start authorizations follow the new candidate starters.
 */
public record ModelsDeployed(String deploymentId) {

}
