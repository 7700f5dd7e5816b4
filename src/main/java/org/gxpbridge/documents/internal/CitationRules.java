package org.gxpbridge.documents.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How texts cite the frameworks of the regulation catalogue, abbreviated and spelled out.
 * The first group of a rule that matched captures the section or clause. Section numbers
 * alone ("820.30") count only for 21 CFR parts whose numbers cannot be mistaken for
 * something else; "11.10" counts with "21 CFR", "§" or a subsection ("11.10(e)").
 */
final class CitationRules {

	record Rule(String frameworkId, Pattern pattern) {
	}

	private static final int CI = Pattern.CASE_INSENSITIVE;

	private static final String CFR = "\\b21\\s*C\\.?\\s*F\\.?\\s*R\\.?\\s*";

	private static final String NOT_MONEY = "(?<![$€£\\d.,])";

	private static final String SUBSECTIONS = "((?:\\([a-z0-9]{1,4}\\))*)";

	private static final String YEAR = "(?:\\s*:\\s*(?:19|20)\\d\\d(?:\\s*\\+\\s*A\\d+\\s*:\\s*(?:19|20)\\d\\d)?)?";

	private static final String CLAUSE = "(?:\\s*[,;]?\\s*(?:clause|section|subclause|cl\\.|§)\\s*(\\d{1,2}(?:\\.\\d{1,2}){0,3}))?";

	static final List<Rule> RULES = List.of(
			// 21 CFR Part 11
			rule("21-CFR-11", CFR + "(?:Part|pt\\.)?\\s*11(?!\\.?\\d)"), rule("21-CFR-11", "\\bPart\\s+11(?!\\.?\\d)"),
			rule("21-CFR-11",
					"(?:" + CFR + "(?:Part\\s*)?|§{1,2}\\s*|\\bsection\\s+)(11\\.\\d{1,3}" + SUBSECTIONS + ")"),
			rule("21-CFR-11", NOT_MONEY + "\\b(11\\.\\d{1,3}(?:\\([a-z0-9]{1,4}\\))+)"),
			// other parts of 21 CFR: numbers and sections
			rule("21-CFR-210-211", CFR + "(?:Parts?\\s*)?21[01](?!\\.?\\d)"),
			rule("21-CFR-210-211", "\\bParts?\\s+21[01](?!\\.?\\d)"),
			rule("21-CFR-210-211", NOT_MONEY + "\\b(21[01]\\.\\d{1,3}" + SUBSECTIONS + ")"),
			rule("21-CFR-820", CFR + "(?:Part\\s*)?820(?!\\.?\\d)"), rule("21-CFR-820", "\\bPart\\s+820(?!\\.?\\d)"),
			rule("21-CFR-820", NOT_MONEY + "\\b(820\\.\\d{1,3}" + SUBSECTIONS + ")"),
			rule("21-CFR-820", "\\bQMSR\\b|\\bQuality\\s+(?:Management\\s+)?System\\s+Regulation\\b|\\bQSR\\b"),
			rule("21-CFR-803", CFR + "(?:Part\\s*)?803(?!\\.?\\d)|\\bPart\\s+803(?!\\.?\\d)"),
			rule("21-CFR-803", NOT_MONEY + "\\b(803\\.\\d{1,3}" + SUBSECTIONS + ")"),
			rule("21-CFR-806", CFR
					+ "(?:Part\\s*)?806(?!\\.?\\d)|\\bPart\\s+806(?!\\.?\\d)|\\bReports?\\s+of\\s+Corrections\\s+and\\s+Removals"),
			rule("21-CFR-806", NOT_MONEY + "\\b(806\\.\\d{1,3}" + SUBSECTIONS + ")"),
			// FD&C Act 524B
			rule("FDCA-524B",
					"(?:\\bsection\\s*|§{1,2}\\s*|\\bFD&C\\s+Act\\s*(?:§|section)?\\s*)(524B" + SUBSECTIONS + ")"),
			rule("FDCA-524B",
					"\\b524B\\s+of\\s+the\\s+(?:FD&C|Federal\\s+Food)|\\b21\\s*U\\.?\\s*S\\.?\\s*C\\.?\\s*(?:§\\s*)?360n-2"),
			// EU GMP Annex 11
			rule("EU-GMP-ANNEX-11", "\\bAnnex\\s+11(?!\\.?\\d)"
					+ "(?:\\s*[,:]?\\s*(?:§|section|clause|chapter|para(?:graph)?\\.?)\\s*(\\d{1,2}(?:\\.\\d{1,2})?))?"),
			rule("EU-GMP-ANNEX-11",
					"(?:§|\\bsection|\\bclause|\\bchapter)\\s*(\\d{1,2}(?:\\.\\d{1,2})?)\\s+of\\s+(?:the\\s+)?(?:EU\\s+)?(?:GMP\\s+)?Annex\\s+11(?!\\.?\\d)"),
			// ISO and IEC standards
			rule("ISO-13485", "\\b(?:EN\\s+)?ISO\\s*13485" + YEAR + CLAUSE),
			rule("ISO-14971", "\\b(?:EN\\s+)?ISO\\s*14971" + YEAR + CLAUSE),
			rule("ISO-TR-24971", "\\bISO\\s*/?\\s*TR\\s*24971" + YEAR),
			rule("IEC-62304", "\\b(?:(?:EN\\s+)?IEC\\s*)?62304" + YEAR + CLAUSE),
			rule("ISO-IEC-27001", "\\bISO\\s*(?:/\\s*IEC\\s*)?27001" + YEAR
					+ "(?:\\s*[,;]?\\s*(?:Annex\\s+A\\s*[,:]?\\s*)?(?:control\\s+)?(A\\.\\s?\\d{1,2}(?:\\.\\d{1,2})?)|"
					+ CLAUSE.substring(3)),
			rule("IEC-62443", "\\b(?:ISA\\s*/\\s*)?IEC\\s*62443(?:-(\\d-\\d{1,2}))?"),
			rule("IEC-81001-5-1", "\\b(?:IEC\\s*)?81001-5-1"),
			// NIST CSF 2.0, by name and by subcategory id (upper case only: "PR.AA-01")
			rule("NIST-CSF-2",
					"\\bNIST\\s+(?:CSF|Cybersecurity\\s+Framework)(?:\\s*(?:v(?:ersion)?\\s*)?\\d\\.\\d)?|\\bCybersecurity\\s+Framework\\s+(?:v(?:ersion)?\\s*)?2\\.0|\\bCSF\\s*2\\.0"),
			new Rule("NIST-CSF-2", Pattern.compile("\\b((?:GV|ID|PR|DE|RS|RC)\\.[A-Z]{2}-\\d{2})\\b")),
			// FDA guidances, by title and by the names people use for them
			rule("FDA-PREMARKET-CYBER",
					"Cybersecurity\\s+in\\s+Medical\\s+Devices\\s*:\\s*Quality\\s+(?:Management\\s+)?System\\s+Considerations"
							+ "|\\bpremarket\\s+cybersecurity\\s+guidance|\\bFDA(?:'s)?\\s+premarket\\s+guidance"
							+ "|Content\\s+of\\s+Premarket\\s+Submissions\\s+for\\s+Management\\s+of\\s+Cybersecurity"),
			rule("FDA-POSTMARKET-CYBER",
					"Postmarket\\s+Management\\s+of\\s+Cybersecurity\\s+in\\s+Medical\\s+Devices"
							+ "|\\bpostmarket\\s+cybersecurity\\s+guidance|\\bFDA(?:'s)?\\s+postmarket\\s+guidance"),
			rule("FDA-PART11-SCOPE",
					"Part\\s+11\\s*,?\\s*(?:Electronic\\s+Records\\s*;\\s*Electronic\\s+Signatures\\s*)?[-–—:]*\\s*Scope\\s+and\\s+Application"),
			rule("FDA-DATA-INTEGRITY", "Data\\s+Integrity\\s+and\\s+Compliance\\s+with\\s+(?:Drug\\s+)?CGMP"),
			rule("FDA-CSA", "\\bComputer\\s+Software\\s+Assurance\\b"));

	private CitationRules() {
	}

	private static Rule rule(String frameworkId, String regex) {
		return new Rule(frameworkId, Pattern.compile(regex, CI));
	}

}
