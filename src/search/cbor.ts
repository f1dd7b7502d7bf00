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

/** Decode one CBOR item that fills `bytes` exactly; throws on anything outside the subset. */
export function decodeCbor(bytes: Uint8Array): CborValue {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let at = 0;
	const length = (info: number): number => {
		if (info < 24) return info;
		const size = info - 24;
		if (size > 3) throw new Error(`CBOR: unsupported length code ${info} at ${at}`);
		const n = size === 0 ? view.getUint8(at) : size === 1 ? view.getUint16(at) : size === 2 ? view.getUint32(at) : Number(view.getBigUint64(at));
		at += 1 << size;
		return n;
	};
	const item = (): CborValue => {
		const head = view.getUint8(at++);
		const major = head >> 5;
		const info = head & 31;
		switch (major) {
			case 0:
				return length(info);
			case 1:
				return -1 - length(info);
			case 2: {
				const n = length(info);
				at += n;
				return bytes.slice(at - n, at);
			}
			case 3: {
				const n = length(info);
				at += n;
				return utf8.decode(bytes.subarray(at - n, at));
			}
			case 4:
				return Array.from({ length: length(info) }, item);
			case 5:
				return new CborMap(Array.from({ length: length(info) }, () => [item(), item()] as [CborValue, CborValue]));
			case 7:
				if (info === 20) return false;
				if (info === 21) return true;
				if (info === 22) return null;
				if (info === 23) return undefined;
		}
		throw new Error(`CBOR: unsupported item 0x${head.toString(16)} at ${at - 1}`);
	};
	const value = item();
	if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} trailing bytes`);
	return value;
}

/** Encode a value canonically (see the module comment). */
export function encodeCbor(value: CborValue): Uint8Array {
	const out: number[] = [];
	const head = (major: number, n: number): void => {
		if (n < 24) out.push((major << 5) | n);
		else if (n < 0x100) out.push((major << 5) | 24, n);
		else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 0xff);
		else if (n < 0x100000000) out.push((major << 5) | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
		else throw new Error(`CBOR: ${n} is out of range`);
	};
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
