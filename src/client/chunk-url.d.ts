/** Modules imported with `?chunk-url` (src/integrations/vite-chunk-url.ts): the URL of their chunk. */
declare module '*?chunk-url' {
	const url: string;
	export default url;
}
