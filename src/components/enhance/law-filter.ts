import { DATE_LABEL, filterOptions, ISSUER_LABEL, issuerNames, yearOf } from '../../utils/law-list.ts';

interface LawRow {
	row: HTMLTableRowElement;
	issuers: string[];
	year: string | null;
}

/** Index of the column whose header cell reads `label` (spaces ignored), or -1. */
function columnIndex(table: HTMLTableElement, label: string): number {
	const headerRow = table.tHead?.rows[table.tHead.rows.length - 1];
	const cells = headerRow ? [...headerRow.cells] : [];
	return cells.findIndex((cell) => (cell.textContent ?? '').replace(/\s+/g, '') === label);
}

function fillSelect(select: HTMLSelectElement, values: string[]): void {
	for (const value of values) select.add(new Option(value, value));
}

/** Wire the 法规目录 filter: fill the selects from the table, hide rows that do not match. */
export function setUpLawFilter(): void {
	const form = document.querySelector<HTMLFormElement>('[data-law-filter]');
	const issuerSelect = form?.querySelector<HTMLSelectElement>('[data-filter-issuer]');
	const yearSelect = form?.querySelector<HTMLSelectElement>('[data-filter-year]');
	const count = form?.querySelector<HTMLOutputElement>('[data-filter-count]');
	if (!form || !issuerSelect || !yearSelect || !count) return;
	const rows: LawRow[] = [];
	let firstTable: HTMLTableElement | undefined;
	for (const table of document.querySelectorAll<HTMLTableElement>('main table')) {
		const issuerColumn = columnIndex(table, ISSUER_LABEL);
		const dateColumn = columnIndex(table, DATE_LABEL);
		if (issuerColumn === -1 || dateColumn === -1) continue;
		firstTable ??= table;
		for (const body of table.tBodies) {
			for (const row of body.rows) {
				// Rows with fewer cells (group labels, notes) are not records.
				if (row.cells.length <= Math.max(issuerColumn, dateColumn)) continue;
				rows.push({
					row,
					issuers: issuerNames(row.cells[issuerColumn]!.textContent ?? ''),
					year: yearOf(row.cells[dateColumn]!.textContent ?? ''),
				});
			}
		}
	}
	if (rows.length === 0 || !firstTable) return;
	// The form is rendered after the text (so it is harmless without JS); it belongs above the list.
	(firstTable.closest('figure') ?? firstTable).before(form);
	fillSelect(issuerSelect, filterOptions(rows.flatMap((entry) => entry.issuers)));
	fillSelect(yearSelect, filterOptions(rows.flatMap((entry) => (entry.year ? [entry.year] : []))).sort().reverse());
	const apply = (): void => {
		let shown = 0;
		for (const entry of rows) {
			const match =
				(!issuerSelect.value || entry.issuers.includes(issuerSelect.value)) &&
				(!yearSelect.value || entry.year === yearSelect.value);
			entry.row.hidden = !match;
			if (match) shown++;
		}
		count.value = `显示 ${shown} / ${rows.length} 条`;
	};
	form.addEventListener('change', apply);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		apply();
	});
	form.hidden = false;
	apply();
}
