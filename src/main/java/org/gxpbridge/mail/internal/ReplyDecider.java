package org.gxpbridge.mail.internal;

/** Acts on one reply (implemented where the engine may be used: mail/process). */
public interface ReplyDecider {

	ReplyOutcome decide(InboundReply reply);

}
