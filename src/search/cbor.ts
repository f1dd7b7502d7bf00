/**
 * A minimal CBOR codec (RFC 8949) for the subset Pagefind's index files use: unsigned and negative
 * integers, byte and text strings, arrays, maps, simple values. Encoding is canonical (shortest
 * length forms, definite lengths) like Pagefind's own encoder (minicbor), so a decoded file
 * encodes back to the same bytes; src/search/rechunk.ts relies on that to rewrite the index.
 */

/** A decoded CBOR value. Maps keep their entry order. */
export type CborValue = number | string | boolean | null | undefined | Uint8Array | CborValue[] | CborMap;

export class CborMap {
	readonly entries: Array<[CborValue, CborValue]>;
	constructor(entries: Array<[CborValue, CborValue]>) {
		this.entries = entries;
	}
}

const utf8 = new TextDecoder();
const encoder = new TextEncoder();

/** Reads CBOR items one after another from `bytes`, decoding them or only stepping over them. */
class CborReader {
	at = 0;
	private readonly bytes: Uint8Array;
	private readonly view: DataView;
	constructor(bytes: Uint8Array) {
		this.bytes = bytes;
		this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	}

	get done(): boolean {
		return this.at === this.bytes.length;
	}

	/** The item's major type and argument (a length, a count or the integer itself). */
	head(): { major: number; info: number; n: number } {
		const start = this.at;
		const head = this.view.getUint8(this.at++);
		const major = head >> 5;
		const info = head & 31;
		if (info < 24 || major === 7) return { major, info, n: info };
		const size = info - 24;
		if (size > 3) throw new Error(`CBOR: unsupported length code ${info} at ${start}`);
		const view = this.view;
		const at = this.at;
		const n = size === 0 ? view.getUint8(at) : size === 1 ? view.getUint16(at) : size === 2 ? view.getUint32(at) : Number(view.getBigUint64(at));
		this.at += 1 << size;
		return { major, info, n };
	}

	item(): CborValue {
		const start = this.at;
		const { major, info, n } = this.head();
		switch (major) {
			case 0:
				return n;
			case 1:
				return -1 - n;
			case 2:
				this.at += n;
				return this.bytes.slice(this.at - n, this.at);
			case 3:
				this.at += n;
				return utf8.decode(this.bytes.subarray(this.at - n, this.at));
			case 4:
				return Array.from({ length: n }, () => this.item());
			case 5:
				return new CborMap(Array.from({ length: n }, () => [this.item(), this.item()] as [CborValue, CborValue]));
			case 7:
				if (info === 20) return false;
				if (info === 21) return true;
				if (info === 22) return null;
				if (info === 23) return undefined;
		}
		throw new Error(`CBOR: unsupported item 0x${this.bytes[start]!.toString(16)} at ${start}`);
	}

	/** Step over one item without building it. */
	skip(): void {
		const start = this.at;
		const { major, n } = this.head();
		if (major === 2 || major === 3) this.at += n;
		else if (major === 4) for (let i = 0; i < n; i++) this.skip();
		else if (major === 5) for (let i = 0; i < 2 * n; i++) this.skip();
		else if (major !== 0 && major !== 1 && major !== 7) throw new Error(`CBOR: unsupported item 0x${this.bytes[start]!.toString(16)} at ${start}`);
	}

	/** Throw unless every byte was read. */
	end(): void {
		if (!this.done) throw new Error(`CBOR: ${this.bytes.length - this.at} trailing bytes`);
	}
}

/** Decode one CBOR item that fills `bytes` exactly; throws on anything outside the subset. */
export function decodeCbor(bytes: Uint8Array): CborValue {
	const reader = new CborReader(bytes);
	const value = reader.item();
	reader.end();
	return value;
}

/**
 * The encoded items of the array that fills `bytes`, as views into it, none decoded: the index
 * re-cut moves Pagefind's words between chunks as they are (decoding them all cost most of its time).
 */
export function cborArrayItems(bytes: Uint8Array): Uint8Array[] {
	const reader = new CborReader(bytes);
	const { major, n } = reader.head();
	if (major !== 4) throw new Error(`CBOR: expected an array, found major type ${major}`);
	const items: Uint8Array[] = [];
	for (let i = 0; i < n; i++) {
		const start = reader.at;
		reader.skip();
		items.push(bytes.subarray(start, reader.at));
	}
	reader.end();
	return items;
}

/** The shortest head of an item of major type `major` with argument `n`, appended to `out`. */
function pushHead(out: number[], major: number, n: number): void {
	if (n < 24) out.push((major << 5) | n);
	else if (n < 0x100) out.push((major << 5) | 24, n);
	else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 0xff);
	else if (n < 0x100000000) out.push((major << 5) | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
	else throw new Error(`CBOR: ${n} is out of range`);
}

/**
 * Encode an array whose items are already encoded: the same bytes as encodeCbor of the decoded
 * items, without encoding them again (the index re-cut packs each word once to measure it).
 */
export function encodeCborArray(items: readonly Uint8Array[]): Uint8Array {
	const head: number[] = [];
	pushHead(head, 4, items.length);
	const out = new Uint8Array(head.length + items.reduce((sum, item) => sum + item.length, 0));
	out.set(head);
	let at = head.length;
	for (const item of items) {
		out.set(item, at);
		at += item.length;
	}
	return out;
}

/** Encode a value canonically (see the module comment). */
export function encodeCbor(value: CborValue): Uint8Array {
	const out: number[] = [];
	const head = (major: number, n: number): void => pushHead(out, major, n);
	const write = (v: CborValue): void => {
		if (typeof v === 'number') {
			if (!Number.isInteger(v)) throw new Error(`CBOR: ${v} is not an integer`);
			if (v >= 0) head(0, v);
			else head(1, -1 - v);
		} else if (typeof v === 'string') {
			const b = encoder.encode(v);
			head(3, b.length);
			for (const x of b) out.push(x);
		} else if (v instanceof Uint8Array) {
			head(2, v.length);
			for (const x of v) out.push(x);
		} else if (Array.isArray(v)) {
			head(4, v.length);
			v.forEach(write);
		} else if (v instanceof CborMap) {
			head(5, v.entries.length);
			for (const [k, x] of v.entries) {
				write(k);
				write(x);
			}
		} else if (v === false) out.push(0xf4);
		else if (v === true) out.push(0xf5);
		else if (v === null) out.push(0xf6);
		else out.push(0xf7);
	};
	write(value);
	return Uint8Array.from(out);
}
