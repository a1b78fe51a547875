import { Box, Button, Flex, Form, FormGroup, H1, Input, Message, Panel, Text } from '@bigcommerce/big-design';
import { useState, type FormEvent } from 'react';
import { api, ApiError, setSession } from '../api';
import { ConnectionResult } from '../components/ConnectionResult';
import { navigate } from '../router';
import type { ConnectionTest } from '../types';

const API_PATH = /^https?:\/\/[^/]+\/stores\/[a-z0-9]+(\/v[23])?\/?$/;

/** Connect (or sign back in) with a store-level API account, for stores not installed from the marketplace. */
export function ConnectPage() {
  const [apiPath, setApiPath] = useState('');
  const [accessToken, setAccessToken] = useState('');
  const [clientId, setClientId] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState<'test' | 'connect' | null>(null);
  const [result, setResult] = useState<ConnectionTest | null>(null);
  const [error, setError] = useState<string | null>(null);

  const pathError = touched && !API_PATH.test(apiPath.trim()) ? 'Paste the API path shown with your API account, e.g. https://api.bigcommerce.com/stores/abc123/v3/' : undefined;
  const tokenError = touched && accessToken.trim().length < 8 ? 'Paste the access token of the API account' : undefined;
  const body = () => ({ apiPath: apiPath.trim(), accessToken: accessToken.trim(), ...(clientId.trim() ? { clientId: clientId.trim() } : {}) });
  const valid = () => API_PATH.test(apiPath.trim()) && accessToken.trim().length >= 8;

  const run = async (kind: 'test' | 'connect') => {
    setTouched(true);
    if (!valid()) return;
    setBusy(kind);
    setError(null);
    setResult(null);
    try {
      if (kind === 'test') {
        setResult(await api<ConnectionTest>('POST', '/api/connect/test', body(), { anonymous: true }));
      } else {
        const s = await api<{ token: string; expiresAt: string; path: string }>('POST', '/api/connect', body(), { anonymous: true });
        setSession({ token: s.token, expiresAt: s.expiresAt });
        navigate(s.path);
      }
    } catch (e) {
      setError((e as ApiError).message);
    } finally {
      setBusy(null);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void run('connect');
  };

  return (
    <Box backgroundColor="secondary10" style={{ minHeight: '100vh' }} padding={{ mobile: 'medium', tablet: 'xxLarge' }}>
      <Box style={{ maxWidth: 720, margin: '0 auto' }}>
        <Text color="secondary60" marginBottom="none">Tandem</Text>
        <H1>Connect your BigCommerce store</H1>
        <Text>
          Installed Tandem from the BigCommerce marketplace? Open it from <strong>Apps › My Apps</strong> instead. To
          connect without the marketplace, create a store-level API account in your control panel (Settings › API ›
          Store-level API accounts) with these scopes: Orders (read-only), Order transactions (read-only), Customers
          (modify), Marketing (modify), Content (modify), Information &amp; settings (read-only), Products (read-only). Then
          paste its details here. Already connected? Paste the same details to sign in.
        </Text>
        <Panel>
          <Form onSubmit={onSubmit} fullWidth>
            <FormGroup>
              <Input
                label="API path"
                description="Shown with the API account, ending in /v3/"
                placeholder="https://api.bigcommerce.com/stores/abc123/v3/"
                value={apiPath}
                onChange={(e) => setApiPath(e.target.value)}
                error={pathError}
                required
              />
            </FormGroup>
            <FormGroup>
              <Input
                label="Access token"
                type="password"
                autoComplete="off"
                value={accessToken}
                onChange={(e) => setAccessToken(e.target.value)}
                error={tokenError}
                required
              />
            </FormGroup>
            <FormGroup>
              <Input label="Client ID" description="Optional" value={clientId} onChange={(e) => setClientId(e.target.value)} />
            </FormGroup>
            <Flex flexGap="0.75rem">
              <Button type="button" variant="secondary" isLoading={busy === 'test'} disabled={busy !== null} onClick={() => void run('test')}>
                Test connection
              </Button>
              <Button type="submit" isLoading={busy === 'connect'} disabled={busy !== null}>
                Connect
              </Button>
            </Flex>
          </Form>
          {result && <ConnectionResult result={result} />}
          {error && <Message type="error" messages={[{ text: error }]} marginTop="medium" />}
        </Panel>
      </Box>
    </Box>
  );
}
