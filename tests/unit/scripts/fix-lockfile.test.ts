import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { addOptionalPlaceholders, type Lockfile, missingOptionalDependencies } from '../../../scripts/fix-lockfile.ts';

const lock: Lockfile = {
	name: 'x',
	packages: {
		'': { optionalDependencies: { fsevents: '^2.3.0' } },
		'node_modules/pagefind': { version: '1.6.0', optionalDependencies: { '@pagefind/linux-x64': '1.6.0', '@pagefind/darwin-x64': '1.6.0' } },
		'node_modules/@pagefind/linux-x64': { version: '1.6.0', optional: true },
		'node_modules/a': { version: '1.0.0', optionalDependencies: { b: '2.0.0' } },
		'node_modules/a/node_modules/b': { version: '2.0.0', optional: true },
	},
};

test('missingOptionalDependencies finds optional packages with no entry, nested or hoisted', () => {
	assert.deepEqual(missingOptionalDependencies(lock), [
		{ name: '@pagefind/darwin-x64', version: '1.6.0' },
		{ name: 'fsevents', version: '^2.3.0' },
	]);
});

test('addOptionalPlaceholders adds inert entries in npm order and nothing else', () => {
	const fixed = addOptionalPlaceholders(lock);
	assert.deepEqual(fixed.packages['node_modules/@pagefind/darwin-x64'], { version: '1.6.0', optional: true });
	assert.deepEqual(fixed.packages['node_modules/fsevents'], { version: '2.3.0', optional: true });
	assert.deepEqual(Object.keys(fixed.packages), [
		'',
		'node_modules/@pagefind/darwin-x64',
		'node_modules/@pagefind/linux-x64',
		'node_modules/a',
		'node_modules/a/node_modules/b',
		'node_modules/fsevents',
		'node_modules/pagefind',
	]);
	assert.deepEqual(missingOptionalDependencies(fixed), []);
	assert.equal(fixed['name'], 'x');
});

test('the committed package-lock.json passes npm ci (no optional dependency without an entry)', () => {
	const real = JSON.parse(readFileSync(new URL('../../../package-lock.json', import.meta.url), 'utf8')) as Lockfile;
	assert.deepEqual(missingOptionalDependencies(real), [], 'run: node scripts/fix-lockfile.ts');
});
