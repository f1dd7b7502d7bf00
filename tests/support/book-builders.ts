/** Small, valid book.json values for unit tests: name what the test is about, the rest is filled in. */
import type { Book, BookNode, Part } from '../../src/schemas/book.ts';

/** A book node; every node but a group has a Markdown file named after its url. */
export function bookNode(id: string, url: string, kind: BookNode['kind'] = 'article', chapters?: BookNode[]): BookNode {
	return {
		id,
		title: id,
		kind,
		page: 1,
		url,
		...(kind === 'group' ? {} : { file: `chapters${url.replace(/#.*/, '').replace(/\/$/, '')}.md` }),
		sourceLines: [1, 2],
		...(chapters ? { chapters } : {}),
	};
}

/** A part at /<id>/. */
export function bookPart(id: string, chapters: BookNode[]): Part {
	return { id, title: id, page: 1, url: `/${id}/`, description: '', sourceLines: [1, 2], chapters };
}

/** A book of these parts, without front matter. */
export function bookOf(parts: Part[]): Book {
	return { title: '中国信息化年鉴2017', edition: { publisher: '', editor: '', isbn: '', published: '', place: '' }, front: [], parts };
}
