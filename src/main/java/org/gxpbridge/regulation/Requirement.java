package org.gxpbridge.regulation;

/**
 * One requirement (clause, control, subcategory, process step) of a framework in the
 * catalogue. The seeded texts are our own short wording, never a standard's text; a
 * customer may import the licensed text of a standard it owns into {@code description}.
 *
 * @param frameworkId the framework's catalogue id, e.g. {@code ISO-IEC-27001}
 * @param id the requirement's id within its framework as people cite it, e.g.
 * {@code A.5.1}, {@code GV.OC-01}, {@code 11.10(e)}
 * @param title a short title
 * @param description a longer description, may be empty
 * @param parentId the id of the requirement this one belongs to (a CSF category for a
 * subcategory), or null at the top
 * @param sortOrder the position in the framework's reading order
 */
public record Requirement(String frameworkId, String id, String title, String description, String parentId,
		int sortOrder) {
}
