import assert from 'node:assert/strict';
import { test } from 'node:test';
import { installCommand, isInstalled, SYSTEM_PACKAGES } from '../../../scripts/ensure-system-deps.ts';

test('installCommand is non-interactive and names every package', () => {
	assert.equal(
		installCommand(['chromium', 'fonts-noto-cjk']),
		'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk',
	);
});

test('the browser tests need chromium and a CJK font', () => {
	assert.ok('chromium' in SYSTEM_PACKAGES);
	assert.ok('fonts-noto-cjk' in SYSTEM_PACKAGES);
});

test('isInstalled tells a real package from a made-up one', () => {
	assert.equal(isInstalled('dpkg'), true);
	assert.equal(isInstalled('no-such-package-zz9'), false);
});
