import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

// Builds the web viewer as ONE self-contained HTML file (dist/viewer/homeline-viewer.html): a
// browser opening it from file:// refuses module scripts from other files, and a help desk should
// be able to mail or copy a single file. vite-plugin-singlefile inlines the JS and CSS; the plugin
// below then pins exactly those inline blocks in the page's CSP by their hashes.

const INLINE = { script: /<script\b[^>]*>([\s\S]*?)<\/script>/g, style: /<style\b[^>]*>([\s\S]*?)<\/style>/g } as const;

/**
 * The placeholders homeline-viewer.html's CSP carries. They look like hash sources so that
 * vite-plugin-singlefile's check (which warns about a CSP that would block inlined code) is content.
 */
const PLACEHOLDER = { script: "'sha256-viewer-script'", style: "'sha256-viewer-style'" } as const;

/** The CSP sources allowing exactly these inline blocks ('none' when there are none). */
function hashes(html: string, re: RegExp): string {
  const found = [...html.matchAll(re)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`);
  return found.length > 0 ? found.join(' ') : "'none'";
}

/** Replaces the CSP placeholders of homeline-viewer.html with the inline blocks' hashes; fails the build if they are missing. */
function cspHashes(): Plugin {
  return {
    name: 'homeline-viewer-csp-hashes',
    enforce: 'post',
    // After vite-plugin-singlefile's own post-order generateBundle, which does the inlining.
    generateBundle: { order: 'post', handler(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
        const html = String(file.source);
        if (!html.includes(PLACEHOLDER.script) || !html.includes(PLACEHOLDER.style)) {
          this.error(`${file.fileName} has no CSP placeholders to fill`);
        }
        file.source = html
          .replace(PLACEHOLDER.script, hashes(html, INLINE.script))
          .replace(PLACEHOLDER.style, hashes(html, INLINE.style));
      }
    } },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), viteSingleFile({ removeViteModuleLoader: true }), cspHashes()],
  build: {
    outDir: fileURLToPath(new URL('../dist/viewer', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    target: 'chrome120',
    rollupOptions: { input: fileURLToPath(new URL('homeline-viewer.html', import.meta.url)) },
  },
});
