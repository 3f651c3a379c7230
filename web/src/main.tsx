import '@ecl/preset-ec/dist/styles/optional/ecl-reset.css';
import '@ecl/preset-ec/dist/styles/ecl-ec.css';
import '@ecl/preset-ec/dist/styles/optional/ecl-ec-default.css';
import '@ecl/preset-ec/dist/styles/optional/ecl-ec-utilities.css';
import './app.css';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { setRequestLanguage } from './api/http';
import { isApiError } from './api/problem';
import { keys } from './api/queries';
import { setupI18n } from './i18n/setup';
import { router } from './routes/router';

/** A session that ended (idle or absolute expiry) shows as signed out: pages behind sign-in go to the login. */
function onApiError(error: unknown): void {
  if (isApiError(error) && error.status === 401 && error.code === 'unauthenticated') queryClient.setQueryData(keys.me, null);
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx answer will not change by asking again; network and 5xx get two more tries.
      retry: (failures, error) => failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

async function start(): Promise<void> {
  const i18n = await setupI18n();
  setRequestLanguage(i18n.language);
  i18n.on('languageChanged', setRequestLanguage);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
