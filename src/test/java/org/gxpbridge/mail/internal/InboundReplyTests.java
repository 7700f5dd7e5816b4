package org.gxpbridge.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the first line of a reply decides, and where its comment ends (issue 6 item 3). */
class InboundReplyTests {

	static final String TOKEN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456";

	@Test
	void readsDecisionAndCommentUpToTheQuotedOriginal() {
		InboundReply reply = InboundReply.parse("<1@x>", "a@b", "Re: [GxP-Bridge #" + TOKEN + "] New task", false,
				"\n  approve: read and understood\nall fine.\n\nOn Mon, 1 Jan 2026, GxP Bridge wrote:\n> REJECT\n");
		assertThat(reply.decision()).isEqualTo("APPROVE");
		assertThat(reply.comment()).isEqualTo("read and understood all fine.");
		assertThat(reply.token()).isEqualTo(TOKEN);
	}

	@Test
	void aFirstLineThatIsNeitherApproveNorRejectDecidesNothing() {
		assertThat(InboundReply.parse("<2@x>", "a@b", "Re: hi", false, "I approve\nAPPROVE").decision()).isNull();
		assertThat(InboundReply.parse("<3@x>", "a@b", "Re: hi", false, "APPROVED").decision()).isNull();
		assertThat(InboundReply.parse("<4@x>", "a@b", "Re: hi", false, "REJECT").decision()).isEqualTo("REJECT");
	}

	@Test
	void findsTheTokenInTheQuotedReferenceLineWhenTheSubjectLostIt() {
		InboundReply reply = InboundReply.parse("<5@x>", "a@b", "AW: Neue Aufgabe", false,
				"APPROVE\n> Reference: GXP-" + TOKEN + "\n");
		assertThat(reply.token()).isEqualTo(TOKEN);
		assertThat(InboundReply.parse("<6@x>", "a@b", "Re: x", false, "APPROVE").token()).isNull();
	}

}
