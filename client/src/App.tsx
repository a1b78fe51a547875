import { Box, Flex, H2, Link, Message, ProgressCircle, Text } from '@bigcommerce/big-design';
import { useEffect, useState } from 'react';
import { hasSession, onSessionChange, redeemExchangeCode, type ApiError } from './api';
import { ConnectPage } from './pages/ConnectPage';
import { OverviewPage } from './pages/OverviewPage';
import { SyncPage } from './pages/SyncPage';
import { navigate, usePath } from './router';
import { AppHeader } from './components/AppHeader';
import { useApi } from './useApi';
import type { StoreView } from './types';

type Boot = { state: 'starting' } | { state: 'ready' } | { state: 'signed-out'; error?: ApiError };

/** Trades ?exchange=… for a session once, then strips it from the URL. */
function useSessionBoot(): Boot {
  const [boot, setBoot] = useState<Boot>({ state: 'starting' });
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const code = params.get('exchange');
    if (!code) {
      setBoot(hasSession() ? { state: 'ready' } : { state: 'signed-out' });
      return;
    }
    window.history.replaceState(null, '', window.location.pathname);
    redeemExchangeCode(code).then(
      (path) => {
        navigate(path, { replace: true });
        setBoot({ state: 'ready' });
      },
      // A reload after redeeming still has a stored session.
      (error: ApiError) => setBoot(hasSession() ? { state: 'ready' } : { state: 'signed-out', error }),
    );
  }, []);
  useEffect(() => onSessionChange((s) => !s && setBoot({ state: 'signed-out' })), []);
  return boot;
}

export function App() {
  const path = usePath();
  const boot = useSessionBoot();
  if (path.startsWith('/connect')) return <ConnectPage />;
  if (boot.state === 'starting') return <Centered><ProgressCircle size="large" /></Centered>;
  if (boot.state === 'signed-out') return <SignedOut error={boot.error} />;
  return <SignedIn path={path} />;
}

function SignedIn({ path }: { path: string }) {
  const store = useApi<StoreView>('/api/store');
  if (store.loading && !store.data) return <Centered><ProgressCircle size="large" /></Centered>;
  if (store.error || !store.data) {
    return (
      <Box padding="xLarge">
        <Message type="error" header="Tandem could not load your store" messages={[{ text: store.error?.message ?? 'Unknown error' }]} />
      </Box>
    );
  }
  return (
    <Box backgroundColor="secondary10" style={{ minHeight: '100vh' }}>
      <AppHeader view={store.data} path={path} />
      <Box padding={{ mobile: 'medium', tablet: 'xLarge' }} style={{ maxWidth: 1100, margin: '0 auto' }}>
        <Page path={path} view={store.data} onStoreChanged={store.reload} />
      </Box>
    </Box>
  );
}

function Page({ path, view, onStoreChanged }: { path: string; view: StoreView; onStoreChanged: () => void }) {
  switch (path) {
    case '/':
      return <OverviewPage view={view} onStoreChanged={onStoreChanged} />;
    case '/sync':
      return <SyncPage />;
    default:
      return (
        <Message
          type="warning"
          header="Page not found"
          messages={[{ text: `There is no page at ${path}.`, link: { text: 'Go to the overview', href: '/app/' } }]}
        />
      );
  }
}

function SignedOut({ error }: { error?: ApiError | undefined }) {
  return (
    <Box padding="xxLarge" style={{ maxWidth: 640, margin: '0 auto' }}>
      <H2>Open Tandem from your BigCommerce control panel</H2>
      {error && <Message type="warning" messages={[{ text: error.message }]} marginBottom="medium" />}
      <Text>
        For security, Tandem signs you in through BigCommerce: go to <strong>Apps › My Apps</strong> in your control
        panel and open Tandem there.
      </Text>
      <Text>
        Connected your store with an API account instead? <Link href="/connect">Sign in with your API account</Link>.
      </Text>
    </Box>
  );
}

function Centered({ children }: { children: React.ReactNode }) {
  return (
    <Flex justifyContent="center" alignItems="center" style={{ minHeight: '60vh' }}>
      {children}
    </Flex>
  );
}
