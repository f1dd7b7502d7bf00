import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadTimeScripts, staticImports } from '../../e2e/support/load-scripts.ts';

test('staticImports finds every static import and re-export a bundler prints, minified or not', () => {
	const minified = 'import{t as e}from"./search-ui.Drg8f2Sq.js";import"./side.js";import*as n from"./all.js";var t=1;export*from"./more.js";export{c as openSearchDialog};';
	assert.deepEqual(staticImports(minified), ['./search-ui.Drg8f2Sq.js', './side.js', './all.js', './more.js']);
	const readable = "import {\n\ta,\n\tb as c,\n} from '/_astro/x.js';\nimport d from `./d.js`;\nexport { e } from './e.js';";
	assert.deepEqual(staticImports(readable), ['/_astro/x.js', './d.js', './e.js']);
});

test('staticImports leaves dynamic imports, import.meta and plain strings alone', () => {
	const code = 'var e=`/_astro/h.js`,t=()=>import(`/_astro/d.js`);import(e);import.meta.url;let s="import x from";export{t};';
	assert.deepEqual(staticImports(code), []);
});

test('loadTimeScripts follows static imports transitively, once each, and reports missing files', () => {
	const files = new Map([
		['/_astro/page.js', 'import{a}from"./shared.js";import"./gone.js";const later=()=>import(`./lazy.js`);'],
		['/_astro/other.js', 'import{b}from"/_astro/shared.js";'],
		['/_astro/shared.js', 'export const a=1,b=2;'],
		['/_astro/lazy.js', 'import"./never.js";'],
	]);
	const { scripts, missing } = loadTimeScripts(['/_astro/page.js', '/_astro/other.js'], (path) => files.get(path) ?? null);
	assert.deepEqual([...scripts.keys()], ['/_astro/page.js', '/_astro/other.js', '/_astro/shared.js']);
	assert.deepEqual(missing, ['/_astro/gone.js']);
});
