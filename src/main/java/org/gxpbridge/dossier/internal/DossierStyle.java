package org.gxpbridge.dossier.internal;

/**
 * The HTML dossier's CSS (the PDF's tones, PdfTone, use the same colours).
 */
final class DossierStyle {

	static final String CSS = """
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

}
