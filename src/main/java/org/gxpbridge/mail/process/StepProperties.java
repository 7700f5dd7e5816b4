package org.gxpbridge.mail.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The camunda:properties of a step that mail cares about. A step with
 * {@code signature.meaning} is a signing step: it is never completed by reply. A step
 * that may be answered by reply says so with {@code mail.reply.outcome} (the variable
 * that receives APPROVED or REJECTED) and optionally {@code mail.reply.comment}: opt-in,
 * because a non-signing step may still need form fields that a one-line reply cannot
 * give.
 */
record StepProperties(String signatureMeaning, String replyOutcomeVariable, String replyCommentVariable) {

	static final String SIGNATURE_MEANING = "signature.meaning";
	static final String REPLY_OUTCOME = "mail.reply.outcome";
	static final String REPLY_COMMENT = "mail.reply.comment";

	static StepProperties of(BpmnModelInstance model, String activityId) {
		Map<String, String> values = new HashMap<>();
		BaseElement element = model == null ? null : model.getModelElementById(activityId);
		ExtensionElements extensions = element == null ? null : element.getExtensionElements();
		if (extensions != null) {
			for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
				for (CamundaProperty property : properties.getCamundaProperties()) {
					values.put(property.getCamundaName(), property.getCamundaValue());
				}
			}
		}
		return new StepProperties(values.get(SIGNATURE_MEANING), values.get(REPLY_OUTCOME), values.get(REPLY_COMMENT));
	}

	boolean signing() {
		return signatureMeaning != null && !signatureMeaning.isBlank();
	}

	boolean answerableByReply() {
		return !signing() && replyOutcomeVariable != null && !replyOutcomeVariable.isBlank();
	}
}
