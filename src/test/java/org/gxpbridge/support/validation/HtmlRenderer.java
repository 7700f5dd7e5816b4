package org.gxpbridge.support.validation;

import org.springframework.web.util.HtmlUtils;

/**
 * Renders a {@link KitDocument} as one self-contained HTML page (no scripts, no external
 * files).
 */
final class HtmlRenderer {

	private static final String STYLE = """
			body { font-family: 'DejaVu Sans', Arial, sans-serif; margin: 2em; color: #222; }
			table { border-collapse: collapse; width: 100%; margin-bottom: 1.5em; font-size: 0.9em; }
			th, td { border: 1px solid #bbb; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
			th { background: #eee; }
			tr.PASSED td, tr.SUCCESSFUL td { background: #eefbee; }
			tr.FAILED td { background: #fde8e8; }
			tr.GAP td, tr.NOT_RUN td, tr.SKIPPED td, tr.ABORTED td { background: #fff6dd; }
			tr.PROCEDURE td, tr.SUPPLIER td, tr.NOT_APPLICABLE td { background: #eef3fb; }
			code { font-size: 0.95em; }
			""";

	private HtmlRenderer() {
	}

	static String render(KitDocument document) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"><title>")
			.append(escape(document.title()))
			.append("</title><style>")
			.append(STYLE)
			.append("</style></head><body>\n<h1>")
			.append(escape(document.title()))
			.append("</h1>\n");
		for (KitDocument.Block block : document.blocks()) {
			if (block instanceof KitDocument.Heading heading) {
				html.append("<h2>").append(escape(heading.text())).append("</h2>\n");
			}
			else if (block instanceof KitDocument.Paragraph paragraph) {
				html.append("<p>").append(escape(paragraph.text())).append("</p>\n");
			}
			else if (block instanceof KitDocument.Table table) {
				table(html, table);
			}
		}
		return html.append("</body></html>\n").toString();
	}

	private static void table(StringBuilder html, KitDocument.Table table) {
		html.append("<table><thead><tr>");
		for (String header : table.headers()) {
			html.append("<th>").append(escape(header)).append("</th>");
		}
		html.append("</tr></thead><tbody>\n");
		for (var row : table.rows()) {
			String status = (table.statusColumn() >= 0) ? row.get(table.statusColumn()).replace(' ', '_') : "";
			html.append("<tr class=\"").append(escape(status)).append("\">");
			for (String cell : row) {
				html.append("<td>").append(escape(cell).replace("\n", "<br>")).append("</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</tbody></table>\n");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape((text != null) ? text : "", "UTF-8");
	}

}
