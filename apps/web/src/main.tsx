import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/accessibility.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { ApiError } from './api/client.ts';
import { keepChartLayersOutOfTabOrder } from './app/chart-layers.ts';
import { AppRoutes, preloadPageOf } from './app/routes.tsx';
import { cssVariablesResolver, theme } from './app/theme.ts';
import { i18nReady } from './i18n/index.ts';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

// Pages load their code on first use: in a tab opened before a new version was deployed, that code is
// gone. Load the new version instead (once per address, so a chunk that is really missing cannot loop).
window.addEventListener('vite:preloadError', (event) => {
  const key = 'mutualis.reloadedFor';
  try {
    if (sessionStorage.getItem(key) === location.pathname) return;
    sessionStorage.setItem(key, location.pathname);
  } catch {
    return;
  }
  event.preventDefault();
  location.reload();
});

keepChartLayersOutOfTabOrder();
// The first page's code comes beside the account request, not after it (app/routes.tsx).
preloadPageOf(location.pathname);

// In French at once; in English once its texts have arrived (i18n/index.ts), whether they did or not.
void i18nReady
  .catch(() => {})
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
          <Notifications position="top-right" />
          <QueryClientProvider client={queryClient}>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </QueryClientProvider>
        </MantineProvider>
      </StrictMode>,
    ),
  );
