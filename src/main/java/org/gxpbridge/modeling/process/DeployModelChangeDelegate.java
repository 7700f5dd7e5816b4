package org.gxpbridge.modeling.process;

import static org.gxpbridge.modeling.ModelChangeModel.VAR_CHANGE_ID;
import static org.gxpbridge.modeling.ModelChangeModel.VAR_DEPLOYMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_DeployModelChange: deploys the approved change (asyncBefore: a refusal — missing
 * or invalid signature, a record changed since signing, a draft that no longer validates
 * — fails the job with the reason and ends as an incident, nothing deployed).
 */
@Component("deployModelChangeDelegate")
class DeployModelChangeDelegate implements JavaDelegate {

	private final ModelChangeDeployer deployer;

	DeployModelChangeDelegate(ModelChangeDeployer deployer) {
		this.deployer = deployer;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String changeId = (String) execution.getVariable(VAR_CHANGE_ID);
		execution.setVariable(VAR_DEPLOYMENT_ID,
				deployer.deploy(changeId, execution.getProcessInstanceId()).deploymentId());
	}

}
