/**
 * Keeps package-lock.json acceptable to `npm ci`.
 *
 * Some packages list platform binaries in optionalDependencies that the registry does not serve
 * (e.g. @pagefind/darwin-x64@1.6.0, @astrojs/compiler-binding-darwin-arm64@0.5.1 here). npm ≥ 11.16
 * then writes a lock without them and `npm ci` rejects its own lock ("Missing: … from lock file",
 * npm/cli#9846). An inert `{ version, optional: true }` entry per missing package satisfies the check;
 * npm install keeps such entries, and npm ci skips them since they are optional and unavailable.
 *
 *   node scripts/fix-lockfile.ts          add the placeholders (run after any `npm install`)
 *   node scripts/fix-lockfile.ts --check  exit 1 when some are missing
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
	version?: string;
	optional?: boolean;
	optionalDependencies?: Record<string, string>;
	[key: string]: unknown;
}

export interface Lockfile {
	packages: Record<string, LockEntry>;
	[key: string]: unknown;
}

/**
 * Optional dependencies that no lock entry satisfies, looked up the way Node resolves them
 * (nested under the dependent first, then hoisted to the top).
 * @param lock a parsed package-lock.json (lockfileVersion 3)
 */
export function missingOptionalDependencies(lock: Lockfile): Array<{ name: string; version: string }> {
	const missing = new Map<string, string>();
	for (const [path, entry] of Object.entries(lock.packages)) {
		for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
			const nested = path === '' ? `node_modules/${name}` : `${path}/node_modules/${name}`;
			if (!(nested in lock.packages) && !(`node_modules/${name}` in lock.packages)) missing.set(name, version);
		}
	}
	return [...missing].map(([name, version]) => ({ name, version })).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A copy of the lock with an inert placeholder for each missing optional dependency, entries sorted
 * the way npm sorts them (root first, then by path).
 * @param lock a parsed package-lock.json
 */
export function addOptionalPlaceholders(lock: Lockfile): Lockfile {
	const packages: Record<string, LockEntry> = { ...lock.packages };
	for (const { name, version } of missingOptionalDependencies(lock)) {
		// A range like ^1.2.0 cannot be a version; its lowest version is what npm 11.13 recorded.
		packages[`node_modules/${name}`] = { version: version.replace(/^[\^~=v]+/, ''), optional: true };
	}
	const sorted = Object.fromEntries(
		Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
	);
	return { ...lock, packages: sorted };
}

if (import.meta.main) {
	const path = new URL('../package-lock.json', import.meta.url);
	const lock = JSON.parse(readFileSync(path, 'utf8')) as Lockfile;
	const missing = missingOptionalDependencies(lock);
	if (process.argv.includes('--check')) {
		for (const { name, version } of missing) console.error(`package-lock.json lacks optional ${name}@${version}`);
		if (missing.length > 0) console.error('run: node scripts/fix-lockfile.ts');
		process.exit(missing.length > 0 ? 1 : 0);
	}
	writeFileSync(path, `${JSON.stringify(addOptionalPlaceholders(lock), null, 2)}\n`);
	console.log(`package-lock.json: ${missing.length} placeholder(s) added${missing.length ? `: ${missing.map((m) => m.name).join(', ')}` : ''}`);
}
