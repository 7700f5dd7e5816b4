package org.gxpbridge.dossier.internal;

/**
 * How a piece of the PDF dossier looks: face, text colour and cell background, the same
 * as the HTML dossier's stylesheet. Colours are DeviceRGB only (the PDF/A output intent
 * is sRGB), nothing transparent.
 */
enum PdfTone {

	INK(false, 0x111111, -1), HEADER(true, 0x111111, 0xe8eef4), FACT(false, 0x111111, -1),
	FACT_NAME(true, 0x111111, 0xf4f6f8), SIGNATURE(true, 0x111111, -1), RUNNING(false, 0x111111, 0xfff7d6),
	CANCELED(false, 0x666666, -1), BROKEN(true, 0x991b1b, -1), INTACT(true, 0x14532d, -1), WARNING(true, 0x7c2d12, -1),
	BORDER(false, 0x999999, -1);

	private final boolean bold;

	private final int color;

	private final int background;

	PdfTone(boolean bold, int color, int background) {
		this.bold = bold;
		this.color = color;
		this.background = background;
	}

	boolean bold() {
		return bold;
	}

	/** Text (and stroke) colour, 0xRRGGBB. */
	int color() {
		return color;
	}

	/** Cell background, 0xRRGGBB; negative when this tone has none. */
	int background() {
		return background;
	}

}
