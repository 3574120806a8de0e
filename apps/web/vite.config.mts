/**
 * The web UI's build: `npm run build` writes it to dist/apps/web, which the API serves at `/`. The CSP allows
 * scripts from 'self' only, so the build emits module scripts in files and no inline script.
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      '@regie/api-client': here('../../libs/api-client/src/index.ts'),
      // the one money formatter, a leaf the UI shares with the API
      '@regie/geld': here('../../libs/geld/src/index.ts'),
    },
  },
  build: {
    outDir: here('../../dist/apps/web'),
    emptyOutDir: true,
    // No modulepreload polyfill: it would be an inline script the CSP refuses.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
