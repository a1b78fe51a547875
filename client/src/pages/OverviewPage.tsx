import { Box, Button, Flex, Grid, H4, Link, Panel, Small, Text } from '@bigcommerce/big-design';
import { CheckCircleIcon, RadioButtonCheckedIcon } from '@bigcommerce/big-design-icons';
import { useState } from 'react';
import { api, ApiError } from '../api';
import { ConnectionResult } from '../components/ConnectionResult';
import type { ConnectionTest, StoreView } from '../types';

export function OverviewPage({ view, onStoreChanged }: { view: StoreView; onStoreChanged: () => void }) {
  return (
    <Grid gridColumns={{ mobile: '1fr', desktop: '3fr 2fr' }} gridGap="1.5rem">
      <OnboardingPanel view={view} />
      <ConnectionPanel view={view} onStoreChanged={onStoreChanged} />
    </Grid>
  );
}

function ConnectionPanel({ view, onStoreChanged }: { view: StoreView; onStoreChanged: () => void }) {
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<ConnectionTest | null>(null);
  const [error, setError] = useState<string | null>(null);
  const s = view.store;

  const test = async () => {
    setTesting(true);
    setError(null);
    try {
      setResult(await api<ConnectionTest>('POST', '/api/store/test-connection'));
      onStoreChanged();
    } catch (e) {
      setError((e as ApiError).message);
    } finally {
      setTesting(false);
    }
  };

  return (
    <Panel header="Connection" description="How Tandem reaches your store's data.">
      <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '6px 16px' }}>
        <Term label="Store">{s.name ?? s.hash}</Term>
        <Term label="Store hash">{s.hash}</Term>
        {s.planName && <Term label="Plan">{s.planName}</Term>}
        {s.currency && <Term label="Currency">{s.currency}</Term>}
        {s.domain && <Term label="Domain">{s.domain}</Term>}
        <Term label="Connected by">{s.connection === 'oauth' ? 'Marketplace install' : 'API account'}</Term>
      </dl>
      <Box marginTop="medium">
        <Button variant="secondary" isLoading={testing} onClick={test}>Test connection</Button>
      </Box>
      {result && <ConnectionResult result={result} />}
      {error && <Text color="danger" marginTop="small">{error}</Text>}
    </Panel>
  );
}

function Term({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt><Small marginBottom="none">{label}</Small></dt>
      <dd style={{ margin: 0 }}><Text marginBottom="none">{children}</Text></dd>
    </>
  );
}

interface Step {
  title: string;
  description: string;
  done: boolean;
}

function OnboardingPanel({ view }: { view: StoreView }) {
  const steps: Step[] = [
    { title: 'Connect your store', description: 'Tandem can read your orders, customers and catalogue.', done: view.store.status === 'active' },
    { title: 'Sync your store data', description: 'Orders, customers, subscribers and products are copied and kept current through webhooks.', done: false },
    { title: 'Install affiliate tracking', description: 'A storefront script records visits from affiliate links and credits their sales.', done: false },
    { title: 'Set coupon defaults', description: "Each affiliate's code becomes a BigCommerce coupon with your default discount.", done: false },
    { title: 'Set up loyalty points', description: 'Choose how many points shoppers earn per order and what rewards they can redeem.', done: false },
  ];
  const done = steps.filter((s) => s.done).length;
  return (
    <Panel header="Get started" description={`${done} of ${steps.length} steps done`}>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Onboarding checklist">
        {steps.map((step) => (
          <li key={step.title} style={{ padding: '10px 0', borderBottom: '1px solid #ebeff9' }}>
            <Flex alignItems="flex-start" flexGap="0.75rem">
              {step.done ? (
                <CheckCircleIcon color="success" title="Done" />
              ) : (
                <RadioButtonCheckedIcon color="secondary40" title="To do" />
              )}
              <Box>
                <H4 marginBottom="none">{step.title}</H4>
                <Text color="secondary60" marginBottom="none">{step.description}</Text>
              </Box>
            </Flex>
          </li>
        ))}
      </ol>
      <Text marginTop="medium">
        Questions? <Link href={view.supportUrl} target="_blank" external>Contact support</Link>
      </Text>
    </Panel>
  );
}
