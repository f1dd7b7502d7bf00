/**
 * Launching Debian's Chromium the one way this project does it: /usr/bin/chromium (never a
 * downloaded build), headless, no sandbox (CI runs as root), and no traffic of its own.
 * Shared by the e2e harness and the bench. playwright-core's launch() gives every browser a fresh
 * temporary --user-data-dir.
 */
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * Launches Debian's Chromium with the project's flags.
 * @param options extra playwright launch options, e.g. `{ timeout }`
 */
export function launchChromium(options: { timeout?: number } = {}): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, ...options });
}
