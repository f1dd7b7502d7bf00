/**
 * The scripts a page runs as it loads: the scripts its HTML names and, transitively, their static
 * imports in the built files. Dynamic `import()`s are not followed: they load later, on demand.
 * Pure (file reading is passed in) so it can be unit-tested on snippets of bundler output.
 */

/**
 * `import … from "x"`, `import "x"` and `export … from "x"` at the start of a statement, as a
 * bundler prints them (minified or not). `import(…)` and `import.meta` do not match.
 */
const STATIC_IMPORT = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$\s{},*]*?\bfrom\s*)?(["'`])([^"'`\n]+)\1/g;

/**
 * The specifiers a module imports statically, in order.
 * @param code the module's source
 */
export function staticImports(code: string): string[] {
	return [...code.matchAll(STATIC_IMPORT)].map((match) => match[2] as string);
}

/**
 * Every script that runs when a page loads, as site paths, the page's own first.
 * @param entries site paths of the page's scripts (`<script src>`, `<link rel=modulepreload>`)
 * @param read the text of a site path, or null when there is no such file
 * @returns the scripts found, and the imports that point at no file
 */
export function loadTimeScripts(entries: readonly string[], read: (path: string) => string | null): { scripts: Map<string, string>; missing: string[] } {
	const scripts = new Map<string, string>();
	const missing: string[] = [];
	const queue = [...entries];
	for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
		if (scripts.has(path) || missing.includes(path)) continue;
		const code = read(path);
		if (code === null) {
			missing.push(path);
			continue;
		}
		scripts.set(path, code);
		for (const specifier of staticImports(code)) queue.push(new URL(specifier, `http://site${path}`).pathname);
	}
	return { scripts, missing };
}
