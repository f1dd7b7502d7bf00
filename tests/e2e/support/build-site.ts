/**
 * Builds the site (parse + astro + search index, i.e. `npm run build`) at most once per test run.
 *
 * `npm test`'s pretest step runs this file, so the build happens once before any test process
 * starts (node --test runs each file in its own process). Test files call `ensureSiteBuilt()`
 * too, which is a cheap no-op when dist/ is fresh; it only builds when a single file is run by hand
 * (`node --test tests/e2e/...`) after the sources changed. A lock folder keeps two processes
 * from building at once.
 *
 *   node tests/e2e/support/build-site.ts          build when dist/ is stale (always when CI is set)
 *   node tests/e2e/support/build-site.ts --force  always build
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DIST, ROOT } from './paths.ts';

/** Everything the built site depends on; a change to any of them makes dist/ stale. */
const BUILD_INPUTS = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package-lock.json'];
/** Folders under the inputs that are output or scratch, not input. */
const IGNORED_NAMES = new Set(['node_modules', '.astro', '.git']);
const LOCK = join(ROOT, 'node_modules', '.cache', 'yearbook-build.lock');
const STALE_LOCK_MS = 15 * 60_000;

/**
 * Newest modification time (ms) of any file under the given paths, or 0 when none exists.
 * @param paths files or folders
 */
export function newestMtime(paths: readonly string[]): number {
	let newest = 0;
	const visit = (path: string): void => {
		let info;
		try {
			info = statSync(path);
		} catch {
			return;
		}
		if (info.isDirectory()) {
			for (const entry of readdirSync(path)) {
				if (!IGNORED_NAMES.has(entry) && !entry.startsWith('.tmp-') && !entry.startsWith('.old-')) visit(join(path, entry));
			}
		} else newest = Math.max(newest, info.mtimeMs);
	};
	for (const path of paths) visit(path);
	return newest;
}

/**
 * Whether dist/ is missing or older than anything it is built from.
 * Astro rewrites every page on each build, so dist/index.html's time is the build's time.
 */
export function siteIsStale(): boolean {
	const index = join(DIST, 'index.html');
	if (!existsSync(index)) return true;
	return newestMtime(BUILD_INPUTS.map((input) => join(ROOT, input))) > statSync(index).mtimeMs;
}

/**
 * Runs `npm run build` unless dist/ is fresh (pass `force` to build regardless).
 * Throws when the build fails, with the build's own output already printed.
 * @param options.force build even when dist/ looks fresh (CI does: its clone has no dist/ anyway)
 */
export async function ensureSiteBuilt(options: { force?: boolean } = {}): Promise<void> {
	if (!options.force && !siteIsStale()) return;
	const waitStarted = Date.now();
	await withLock(() => {
		// Another process built while we waited for the lock: take its build, even if a teammate
		// has edited a source since (rebuilding again and again would starve parallel test files).
		if (!options.force && builtAfter(waitStarted)) return;
		const started = performance.now();
		console.error('[e2e] building the site: npm run build …');
		const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20 });
		const output = `${result.stdout}${result.stderr}`;
		if (result.status !== 0) {
			console.error(output);
			throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
		}
		// Astro lists every page it writes; the rest (parse summary, warnings, timings) is worth showing.
		console.error(output.split('\n').filter((line) => !/[├└]─/.test(line) && line.trim() !== '').join('\n'));
		console.error(`[e2e] site built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	});
}

function builtAfter(time: number): boolean {
	return (statSync(join(DIST, 'index.html'), { throwIfNoEntry: false })?.mtimeMs ?? 0) > time;
}

async function withLock(work: () => void): Promise<void> {
	mkdirSync(join(LOCK, '..'), { recursive: true });
	for (;;) {
		try {
			mkdirSync(LOCK);
			break;
		} catch {
			// A lock left by a killed build must not block every later run.
			const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
			if (age > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
			await sleep(500);
		}
	}
	try {
		work();
	} finally {
		rmSync(LOCK, { recursive: true, force: true });
	}
}

if (import.meta.main) {
	const ci = process.env['CI'];
	const force = process.argv.includes('--force') || (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0');
	try {
		await ensureSiteBuilt({ force });
	} catch (error) {
		console.error(String(error instanceof Error ? error.message : error));
		process.exit(1);
	}
}
