/** Absolute paths the e2e support code shares. */
import { fileURLToPath } from 'node:url';

/** The project root (where package.json is). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');
/** The built site. */
export const DIST = `${ROOT}/dist`;
/** Generated content (book.json, chapters/, tables/ …). */
export const CONTENT = `${ROOT}/content`;
