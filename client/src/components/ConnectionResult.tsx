import { Message } from '@bigcommerce/big-design';
import type { ConnectionTest } from '../types';

/** What "Test connection" found: the store it reached, or the exact problem. */
export function ConnectionResult({ result }: { result: ConnectionTest }) {
  if (result.ok) {
    const plan = result.store.planName ? ` on the ${result.store.planName} plan` : '';
    return (
      <Message
        type="success"
        header="Connection works"
        messages={[{ text: `Reached ${result.store.name}${plan}${result.store.currency ? `, selling in ${result.store.currency}` : ''}.` }]}
        marginTop="medium"
      />
    );
  }
  return (
    <Message
      type="error"
      header={result.problem === 'missing_scope' ? 'Missing permissions' : 'Connection failed'}
      messages={[
        { text: result.message },
        ...(result.missingScopes ?? []).map((s) => ({ text: `Needs: ${s.label} (${s.scope})` })),
      ]}
      marginTop="medium"
    />
  );
}
