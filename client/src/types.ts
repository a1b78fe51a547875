// Shapes of the server's JSON answers the client reads.
export interface StoreView {
  store: {
    hash: string;
    connection: 'oauth' | 'manual';
    status: string;
    scopes: string[];
    installedAt: string;
    name: string | null;
    domain: string | null;
    secureUrl: string | null;
    controlPanelUrl: string | null;
    currency: string | null;
    planName: string | null;
    timezone: string | null;
    refreshedAt: string | null;
  };
  user: { id: number; email: string | null; role: 'owner' | 'user'; locale: string | null };
  supportUrl: string;
}

export interface StoreSummary {
  hash: string;
  name: string;
  domain: string | null;
  planName: string | null;
  currency: string | null;
}

export type ConnectionTest =
  | { ok: true; store: StoreSummary; checkedAt: string }
  | {
      ok: false;
      problem: string;
      message: string;
      missingScopes?: { scope: string; label: string }[];
      store?: StoreSummary;
      checkedAt: string;
    };
