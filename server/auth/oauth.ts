// The server-to-server half of install: trade the one-time code from /auth for
// the store's permanent access token at BC_LOGIN_URL/oauth2/token.
import { z } from 'zod';

const userSchema = z.object({ id: z.number().int(), username: z.string().optional(), email: z.string() });

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  scope: z.string(),
  user: userSchema,
  owner: userSchema,
  context: z.string().regex(/^stores\/[a-z0-9]{1,32}$/),
  account_uuid: z.string().optional(),
});

export type TokenResponse = z.infer<typeof tokenResponseSchema>;

export class OAuthExchangeError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'OAuthExchangeError';
  }
}

export async function exchangeAuthCode(input: {
  loginUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  code: string;
  scope: string;
  context: string;
  timeoutMs?: number;
}): Promise<TokenResponse> {
  let res: Response;
  try {
    res = await fetch(`${input.loginUrl}/oauth2/token`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        client_id: input.clientId,
        client_secret: input.clientSecret,
        code: input.code,
        context: input.context,
        scope: input.scope,
        grant_type: 'authorization_code',
        redirect_uri: input.redirectUri,
      }),
      signal: AbortSignal.timeout(input.timeoutMs ?? 15_000),
    });
  } catch (err) {
    throw new OAuthExchangeError(`could not reach BigCommerce's token endpoint (${(err as Error).message})`);
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON: reported below by status */
  }
  if (!res.ok) {
    const detail =
      body && typeof body === 'object' && 'error' in body ? String((body as { error: unknown }).error) : `HTTP ${res.status}`;
    throw new OAuthExchangeError(`BigCommerce refused the authorization code (${detail})`, res.status);
  }
  const parsed = tokenResponseSchema.safeParse(body);
  if (!parsed.success) throw new OAuthExchangeError('BigCommerce answered the token request with an unexpected body');
  if (parsed.data.context !== input.context) {
    throw new OAuthExchangeError('BigCommerce issued a token for a different store than the one installing');
  }
  return parsed.data;
}
