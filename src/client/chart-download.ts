/**
 * Save a chart as SVG (the build-time markup itself) or PNG (that SVG drawn on a canvas at twice
 * its size). Both are drawn in the light theme: the colours are the SVG's own attributes, and the
 * page's dark-mode CSS does not travel with the file.
 */

/** PNG pixels per SVG unit: crisp on paper and high-density screens. */
const PNG_SCALE = 2;

function save(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function svgMarkup(svg: SVGSVGElement): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/**
 * Download the chart's SVG.
 * @param svg the build-time `<svg>` element
 * @param fileName e.g. `stats-16-internet-users.svg`
 */
export function downloadSvg(svg: SVGSVGElement, fileName: string): void {
	save(new Blob([svgMarkup(svg)], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

/**
 * Download the chart as PNG on a white background.
 * @param svg the build-time `<svg>` element (with a viewBox)
 * @param fileName e.g. `stats-16-internet-users.png`
 */
export async function downloadPng(svg: SVGSVGElement, fileName: string): Promise<void> {
	const { width, height } = svg.viewBox.baseVal;
	const url = URL.createObjectURL(new Blob([svgMarkup(svg)], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width * PNG_SCALE;
		canvas.height = height * PNG_SCALE;
		const context = canvas.getContext('2d');
		if (!context) return;
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, canvas.width, canvas.height);
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (blob) save(blob, fileName);
	} finally {
		URL.revokeObjectURL(url);
	}
}
