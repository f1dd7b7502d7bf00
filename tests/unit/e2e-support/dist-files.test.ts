import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileForPath, resolveReference, urlOfFile } from '../../e2e/support/dist-files.ts';

test('urlOfFile maps built files to the URLs they are served at', () => {
	assert.equal(urlOfFile('index.html'), '/');
	assert.equal(urlOfFile('regions/05/index.html'), '/regions/05/');
	assert.equal(urlOfFile('404.html'), '/404.html');
	assert.equal(urlOfFile('tables/t001.csv'), '/tables/t001.csv');
});

describe('resolveReference', () => {
	test('resolves relative, root-relative and absolute local links with decoded fragments', () => {
		assert.deepEqual(resolveReference('../06/#%E4%BA%8C', '/regions/05/'), { kind: 'internal', path: '/regions/06/', fragment: '二' });
		assert.deepEqual(resolveReference('/tables/t001.csv', '/'), { kind: 'internal', path: '/tables/t001.csv', fragment: null });
		assert.deepEqual(resolveReference('#一总体情况', '/regions/05/'), { kind: 'internal', path: '/regions/05/', fragment: '一总体情况' });
		assert.deepEqual(resolveReference('http://localhost:4321/regions/', '/'), { kind: 'internal', path: '/regions/', fragment: null });
	});
	test('tells external, ignored and malformed references apart', () => {
		assert.deepEqual(resolveReference('https://www.miit.gov.cn/', '/'), { kind: 'external', url: 'https://www.miit.gov.cn/' });
		assert.deepEqual(resolveReference('mailto:a@b.cn', '/'), { kind: 'ignored' });
		assert.deepEqual(resolveReference('data:image/png;base64,AA', '/'), { kind: 'ignored' });
		assert.deepEqual(resolveReference('http://patdata.sipo.gov.cn%5C%3E)向公众', '/'), { kind: 'malformed' });
	});
});

test('fileForPath finds the file a static host would serve', () => {
	const files = new Set(['index.html', 'regions/05/index.html', 'tables/t001.csv', 'about.html']);
	const isFile = (path: string): boolean => files.has(path);
	assert.equal(fileForPath('/', isFile), 'index.html');
	assert.equal(fileForPath('/regions/05/', isFile), 'regions/05/index.html');
	assert.equal(fileForPath('/regions/05', isFile), 'regions/05/index.html');
	assert.equal(fileForPath('/tables/t001.csv', isFile), 'tables/t001.csv');
	assert.equal(fileForPath('/about', isFile), 'about.html');
	assert.equal(fileForPath('/regions/99/', isFile), null);
});
