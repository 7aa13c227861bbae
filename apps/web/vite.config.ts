import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Each feature area's pages come as one chunk (see src/app/routes.tsx); these names keep the output readable.
const area = /[\\/]src[\\/]features[\\/]([\w-]+)[\\/]([\w-]+)/;

// The server (apps/server/src/app.ts) serves dist/ with an SPA fallback; in development
// `npm run dev -w @mutualis/web` proxies the API to a server started with `npm run dev`.
export default defineConfig({
  plugins: [react()],
  // @mantine/charts is hoisted with its own @mantine/core; one copy is needed for the theme context.
  resolve: { dedupe: ['@mantine/core', '@mantine/hooks', 'react', 'react-dom'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // what the sign-in page and the shell need, split in two so neither passes the 500 kB warning
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@remix-run)[\\/]/, tags: ['$initial'], priority: 5 },
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], priority: 4 },
            { name: 'index', tags: ['$initial'], priority: 4 },
            // charts: the dashboard, evaluation results and pooling runs only
            { name: 'charts', test: /node_modules[\\/](recharts|@mantine[\\/]charts|d3-|victory-vendor|decimal\.js|es-toolkit)/, priority: 3 },
            // library code only pages use (inputs, tables, modals)
            { name: 'ui', test: /node_modules[\\/]/, priority: 2 },
            // app code several areas use (tables, formats, the API client, contracts)
            { name: 'shared', test: /[\\/](apps[\\/]web[\\/]src[\\/](components|api|i18n)|packages)[\\/]/, priority: 2 },
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
