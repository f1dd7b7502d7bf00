/**
 * `npm test`'s first step: make sure the Debian packages the browser tests need are installed.
 *
 * Missing packages are installed with apt-get when running as root (CI runs as root on a fresh
 * machine); otherwise this stops with the exact command to run, rather than letting every browser
 * test fail with a confusing launch error.
 */
import { spawnSync } from 'node:child_process';

/** Debian packages the tests need, and why. */
export const SYSTEM_PACKAGES: Readonly<Record<string, string>> = {
	chromium: 'the browser the e2e tests drive (/usr/bin/chromium)',
	'fonts-noto-cjk': 'Chinese glyphs, so screenshots, PDFs and layout checks see real text',
	'poppler-utils': 'pdftotext/pdftoppm, to read and look at printed PDFs',
};

/**
 * Whether dpkg reports the package as installed.
 * @param name Debian package name
 */
export function isInstalled(name: string): boolean {
	const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
	return result.status === 0 && result.stdout.includes('install ok installed');
}

/**
 * The shell command that installs the given packages non-interactively.
 * @param names Debian package names
 */
export function installCommand(names: readonly string[]): string {
	return `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${names.join(' ')}`;
}

function main(): void {
	const major = Number(process.versions.node.split('.')[0]);
	if (major < 22) {
		console.error(`Node ${process.versions.node} is too old (Astro 7 needs >= 22.12): run through npm scripts, which use the pinned Node 24.`);
		process.exit(1);
	}
	if (spawnSync('dpkg-query', ['--version']).error) {
		console.error(`dpkg-query not found: install these yourself: ${Object.keys(SYSTEM_PACKAGES).join(', ')}`);
		process.exit(1);
	}
	const missing = Object.keys(SYSTEM_PACKAGES).filter((name) => !isInstalled(name));
	if (missing.length === 0) return;

	for (const name of missing) console.error(`missing Debian package ${name}: ${SYSTEM_PACKAGES[name]}`);
	const command = installCommand(missing);
	if (process.getuid?.() !== 0) {
		console.error(`\nRun as root, then run npm test again:\n\n  sudo sh -c '${command}'\n`);
		process.exit(1);
	}
	console.error(`installing: ${command}`);
	const result = spawnSync('sh', ['-c', command], {
		stdio: ['ignore', 'inherit', 'inherit'],
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
	const still = missing.filter((name) => !isInstalled(name));
	if (result.status !== 0 || still.length > 0) {
		console.error(`apt-get failed (exit ${result.status}); still missing: ${still.join(', ') || 'none'}`);
		process.exit(1);
	}
}

if (import.meta.main) main();
