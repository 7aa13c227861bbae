import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server (apps/server/src/app.ts) serves dist/ with an SPA fallback; in development
// `npm run dev -w @mutualis/web` proxies the API to a server started with `npm run dev`.
export default defineConfig({
  plugins: [react()],
  // @mantine/charts is hoisted with its own @mantine/core; one copy is needed for the theme context.
  resolve: { dedupe: ['@mantine/core', '@mantine/hooks', 'react', 'react-dom'] },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
