import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { webSourcesHash, writeStamp } from '../../scripts/web-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * After the build: a .br (quality 11) and a .gz (level 9) beside every text file of 1 KB or more, so
 * the server sends them as they are (apps/server/src/http/web-assets.ts) instead of compressing each
 * answer; then dist/.build-stamp.json, which lets `npm start` skip a build of unchanged sources.
 */
function precompressAndStamp(): Plugin {
  let sources = '';
  let outDir = '';
  return {
    name: 'mutualis:precompress-and-stamp',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    buildStart() {
      sources = webSourcesHash(root); // before reading the sources: a change during the build is seen next time
    },
    async writeBundle() {
      const files = fs
        .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest)$/.test(f))
        .map((f) => path.join(outDir, f));
      await Promise.all(
        files.map(async (file) => {
          const raw = fs.readFileSync(file);
          if (raw.length < 1024) return;
          const [br, gz] = await Promise.all([
            brotli(raw, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            }),
            gzip(raw, { level: 9 }),
          ]);
          if (br.length < raw.length) fs.writeFileSync(`${file}.br`, br);
          if (gz.length < raw.length) fs.writeFileSync(`${file}.gz`, gz);
        }),
      );
      if (outDir === path.join(root, 'apps/web/dist')) writeStamp(root, sources);
    },
  };
}

// Each feature area's pages come as one chunk (see src/app/routes.tsx); these names keep the output readable.
const area = /[\\/]src[\\/]features[\\/]([\w-]+)[\\/]([\w-]+)/;

// The server (apps/server/src/app.ts) serves dist/ with an SPA fallback; in development
// `npm run dev -w @mutualis/web` proxies the API to a server started with `npm run dev`.
export default defineConfig({
  plugins: [react(), precompressAndStamp()],
  // @mantine/charts is hoisted with its own @mantine/core; one copy is needed for the theme context.
  resolve: { dedupe: ['@mantine/core', '@mantine/hooks', 'react', 'react-dom'] },
  // the texts (src/i18n/locales) as one JSON.parse each: no named export per key, which were unused and repeated every key
  json: { namedExports: false, stringify: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: false, // the build writes .br and .gz itself (precompressAndStamp)
    rolldownOptions: {
      // The contracts and the domain are pure (scripts/check-dependency-rules.mjs): a module of theirs
      // that nothing uses can be left out even when a barrel (`@mutualis/contracts`) re-exports it. Their
      // only top-level calls build zod schemas and name them for the server's OpenAPI document, which the
      // web app does not read. Without this, importing one endpoint map from the barrel put every area's
      // schemas and the pooling domain into the first download.
      treeshake: {
        moduleSideEffects: (id: string) => !/[\\/]packages[\\/](contracts|domain)[\\/]src[\\/]/.test(id),
      },
      output: {
        codeSplitting: {
          groups: [
            // what the sign-in page and the shell need, split in two so neither passes the 500 kB warning
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@remix-run)[\\/]/,
              tags: ['$initial'],
              priority: 5,
            },
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], priority: 4 },
            { name: 'index', tags: ['$initial'], priority: 4 },
            // the charting library and what only it uses (the governance, observatory and emulation pages draw
            // with @mantine/charts): loaded by those pages only, not with the inputs and tables every page needs
            {
              name: 'charts',
              test: /node_modules[\\/](@mantine[\\/]charts|recharts|@reduxjs|react-redux|redux|redux-thunk|immer|reselect|es-toolkit|eventemitter3|tiny-invariant|decimal\.js-light|victory-vendor|d3-[a-z-]+|internmap)[\\/]/,
              priority: 3,
            },
            // the texts of a language other than French (bundled), fetched when the app is shown in it (src/i18n)
            {
              debugName: 'texts',
              name: (id) => {
                const lang = /[\\/]src[\\/]i18n[\\/]locales[\\/](\w+)[\\/]/.exec(id)?.[1];
                return lang && lang !== 'fr' ? `texts-${lang}` : null;
              },
              priority: 3,
            },
            // library code only pages use (inputs, tables, modals)
            { name: 'ui', test: /node_modules[\\/]/, priority: 2 },
            // app code several areas use (tables, formats, the API client)
            {
              name: 'shared',
              test: /[\\/]apps[\\/]web[\\/]src[\\/](components|api|i18n)[\\/]/,
              priority: 2,
            },
            // an area's endpoint map and domain rules that several areas' pages use, one chunk each, so that a
            // page downloads the contracts it calls and not every area's (they were all in `shared`, 40 KB
            // compressed on the dashboard); those one area uses go into its chunk
            {
              debugName: 'packages',
              name: (id) => {
                const m = /[\\/]packages[\\/](contracts|domain)[\\/]src[\\/]([\w-]+)/.exec(id);
                return m ? `${m[1]}-${m[2]}` : null;
              },
              minShareCount: 2,
              priority: 2,
            },
            // the pages of a feature area; questionnaire and attestation check apart, for people without an account
            {
              debugName: 'areas',
              name: (id) => {
                const m = area.exec(id);
                if (!m || m[1] === 'auth') return null;
                return m[2] === 'public-pages' ? 'public' : m[1];
              },
              priority: 1,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
