package org.gxpbridge.modeling;

/** A submitted draft: the model change and the ModelChangeProcess instance it runs in. */
public record ChangeSubmitted(String changeId, String processInstanceId) {

}
