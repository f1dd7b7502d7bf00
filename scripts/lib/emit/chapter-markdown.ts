import { stringify } from 'yaml';
import type { Block } from '../parse/blocks.ts';
import { headingLevels } from '../parse/heading-levels.ts';
import { LAW_ARTICLE } from '../parse/line-roles.ts';
import type { YearbookEvent } from '../../../src/schemas/event.ts';
import { directiveAttribute, directiveLabel, escapeMarkdown } from './markdown-text.ts';

/** Markdown for a list of blocks; headings start at `##` (level 1). */
export function blocksToMarkdown(blocks: Block[]): string {
	const levels = headingLevels(blocks);
	const render = (list: Block[]): string[] =>
		list.map((block) => {
			switch (block.type) {
				case 'heading':
					return `${'#'.repeat((levels.get(block) ?? 1) + 1)} ${escapeMarkdown(block.text.replace(/\*\*/g, ''), { atLineStart: false })}`;
				case 'paragraph': {
					const lead = block.role === 'law-article' ? block.text.match(LAW_ARTICLE) : null;
					if (lead) return `**${lead[1]}** ${escapeMarkdown(block.text.slice(lead[0].length))}`;
					return escapeMarkdown(block.text);
				}
				case 'list-item':
					return `- ${escapeMarkdown(block.text)}`;
				case 'figure':
					return `::figure${directiveLabel(block.caption)}${block.source ? `{source=${directiveAttribute(block.source)}}` : ''}`;
				case 'table':
					return `::table{#${block.tableId}}`;
				case 'box':
					return [`:::box{title=${directiveAttribute(block.title)}}`, ...render(block.blocks), ':::'].join('\n\n');
				case 'signature':
					return [':::signature', ...block.texts.map((text) => escapeMarkdown(text)), ':::'].join('\n\n');
				case 'contents-list':
					// A law's own 目录: 节 entries sit under their 章.
					return [`**${escapeMarkdown(block.title)}**`, block.items.map((item) => `${/^第.+节/.test(item) ? '  ' : ''}- ${escapeMarkdown(item)}`).join('\n')].join('\n\n');
			}
		});
	return render(blocks).join('\n\n');
}

const monthOf = (event: YearbookEvent | undefined) => event?.date.slice(0, 7);

/**
 * 信息化大事记 as month sections of event containers, in source order. An event printed among another
 * month's events (the one 2017 event sits inside June 2016) stays there rather than splitting that month.
 */
export function eventsToMarkdown(events: YearbookEvent[]): string {
	const out: string[] = [];
	let month = '';
	events.forEach((event, i) => {
		const [year, m] = event.date.split('-');
		const stray = month !== '' && monthOf(events[i + 1]) === month;
		if (monthOf(event) !== month && !stray) {
			month = monthOf(event) ?? '';
			out.push(`## ${year} 年 ${Number(m)} 月`);
		}
		const attributes = [`#${event.id}`, `date="${event.date}"`, ...(event.dateEnd ? [`end="${event.dateEnd}"`] : [])].join(' ');
		const paragraphs = event.text.split('\n\n').map((text) => escapeMarkdown(text));
		out.push([`:::event{${attributes}}`, `**${escapeMarkdown(event.lead.trim())}** ${paragraphs[0] ?? ''}`, ...paragraphs.slice(1), ':::'].join('\n\n'));
	});
	return out.join('\n\n');
}

/** A Markdown file: YAML front matter, then the body. */
export function markdownFile(frontmatter: Record<string, unknown>, body: string): string {
	// YAML 1.1 rules make the writer quote strings a 1.1 reader would take as dates (颁布时间 2016-12-15).
	const yaml = stringify(frontmatter, { lineWidth: 0, version: '1.1' }).trimEnd();
	return `---\n${yaml}\n---\n\n${body.trim()}\n`;
}
