package org.gxpbridge.dossier.internal;

/**
 * The dossier's CSS. For the PDF, the page margins carry what every page must show: the
 * record, "IN PROGRESS" while it runs, page x of y, when and by whom it was generated.
 */
final class DossierStyle {

	private static final String COMMON = """
			body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #111; }
			h1 { font-size: 15pt; margin: 0 0 6pt 0; } h2 { font-size: 11.5pt; margin: 12pt 0 4pt 0; }
			table { border-collapse: collapse; width: 100%; margin-bottom: 6pt; }
			th, td { border: 0.5pt solid #999; padding: 2pt 3pt; text-align: left; vertical-align: top;
			  word-wrap: break-word; overflow-wrap: break-word; }
			thead th { background: #e8eef4; }
			table.facts th { width: 22%; background: #f4f6f8; }
			.in-progress { border: 1.5pt solid #b45309; color: #7c2d12; padding: 4pt; font-weight: bold; }
			.intact { color: #14532d; font-weight: bold; } .broken, tr.broken td { color: #991b1b; font-weight: bold; }
			tr.running td { background: #fff7d6; } tr.canceled td { color: #666; }
			tr.signature td { font-weight: bold; }
			#timeline, #variables, #audit, #signatures, #documents { table-layout: fixed; }
			#signatures th:nth-child(1) { width: 15%; } #signatures th:nth-child(2) { width: 26%; } #signatures th:nth-child(3) { width: 10%; } #signatures th:nth-child(4) { width: 13%; } #signatures th:nth-child(5) { width: 36%; }
			#signatures td:nth-child(2) { white-space: nowrap; }
			#documents th:nth-child(1) { width: 22%; } #documents th:nth-child(2) { width: 22%; } #documents th:nth-child(3) { width: 34%; } #documents th:nth-child(4) { width: 22%; }
			#timeline th:nth-child(1) { width: 34%; } #timeline th:nth-child(2) { width: 14%; } #timeline th:nth-child(3) { width: 19%; } #timeline th:nth-child(4) { width: 19%; } #timeline th:nth-child(5) { width: 14%; }
			#variables th:nth-child(1) { width: 15%; } #variables th:nth-child(2) { width: 14%; } #variables th:nth-child(3) { width: 18%; } #variables th:nth-child(4) { width: 18%; } #variables th:nth-child(5) { width: 15%; } #variables th:nth-child(6) { width: 20%; }
			#audit th:nth-child(1) { width: 5%; } #audit th:nth-child(2) { width: 13%; } #audit th:nth-child(3) { width: 11%; } #audit th:nth-child(4) { width: 17%; } #audit th:nth-child(5) { width: 14%; } #audit th:nth-child(6) { width: 16%; } #audit th:nth-child(7) { width: 12%; } #audit th:nth-child(8) { width: 12%; }
			""";

	private DossierStyle() {
	}

	static String css(boolean pdf, boolean inProgress, String generated, String record) {
		if (!pdf) {
			return COMMON;
		}
		return COMMON + "@page { size: A4 landscape; margin: 20mm 12mm 18mm 12mm;" + " @top-left { content: "
				+ quoted(record) + "; font-family: 'DejaVu Sans'; font-size: 8pt; }"
				+ (inProgress ? " @top-right { content: 'IN PROGRESS: record not closed'; font-family: 'DejaVu Sans';"
						+ " font-size: 9pt; font-weight: bold; color: #7c2d12; }" : "")
				+ " @bottom-left { content: " + quoted(generated) + "; font-family: 'DejaVu Sans'; font-size: 7.5pt; }"
				+ " @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); font-family: 'DejaVu Sans';"
				+ " font-size: 8pt; } }" + " thead { display: table-header-group; } tr { page-break-inside: avoid; }";
	}

	/** A CSS string: quotes and backslashes escaped, line breaks dropped. */
	static String quoted(String s) {
		StringBuilder b = new StringBuilder("\"");
		for (char ch : s.toCharArray()) {
			if (ch == '"' || ch == '\\') {
				b.append('\\').append(ch);
			}
			else if (ch == '<' || ch == '&') {
				// inside a <style> of an XHTML document
				b.append('\\').append(Integer.toHexString(ch)).append(' ');
			}
			else if (ch >= 0x20) {
				b.append(ch);
			}
		}
		return b.append('"').toString();
	}

}
