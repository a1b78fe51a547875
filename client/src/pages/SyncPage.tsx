import {
  Badge,
  Box,
  Button,
  Flex,
  Grid,
  H3,
  Message,
  Panel,
  ProgressBar,
  ProgressCircle,
  Small,
  Switch,
  Table,
  Text,
} from '@bigcommerce/big-design';
import { useEffect, useState } from 'react';
import { api, type ApiError } from '../api';
import { formatDateTime, formatDuration, formatNumber, formatRelative } from '../format';
import { useApi } from '../useApi';

type Counts = { orders: number; customers: number; subscribers: number; products: number };
const KINDS: Array<keyof Counts> = ['orders', 'customers', 'subscribers', 'products'];

interface SyncView {
  enabled: boolean;
  intervalMinutes: number;
  nextRunAt: string | null;
  lastRun: { kind: string; startedAt: string; finishedAt: string; durationMs: number; counts: Counts; outcome: 'success' | 'failed' | null; error: string | null } | null;
  backfill: { status: 'pending' | 'running' | 'done' | 'failed'; phase: string | null; done: Counts; total: Counts; error: string | null; finishedAt: string | null } | null;
  runs: Array<{ id: string; kind: string; startedAt: string; durationMs?: number; counts?: Counts; outcome?: string; error?: string | null }>;
  jobs: { counts: Record<string, number>; failed: Array<{ id: string; type: string; attempts: number; lastError: string | null; finishedAt: string | null }> };
}

interface WebhookView {
  checkedAt: string | null;
  error: string | null;
  scopes: Array<{ scope: string; registered: boolean; active: boolean; deliveries: number; lastEventAt: string | null }>;
}

const JOB_LABELS: Record<string, string> = {
  webhook: 'Webhook event',
  'sync.run': 'Scheduled sync',
  'sync.backfill': 'History backfill',
  'webhooks.ensure': 'Webhook registration',
};

export function SyncPage() {
  const sync = useApi<SyncView>('/api/sync');
  const hooks = useApi<WebhookView>('/api/webhooks');
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ type: 'success' | 'error'; text: string } | null>(null);

  // Poll while something is moving, so the backfill bar and "Sync now" update by themselves.
  const moving = sync.data && (sync.data.backfill?.status === 'running' || sync.data.backfill?.status === 'pending' || (sync.data.jobs.counts.queued ?? 0) + (sync.data.jobs.counts.running ?? 0) > 0);
  useEffect(() => {
    if (!moving) return;
    const t = setInterval(sync.reload, 2000);
    return () => clearInterval(t);
  }, [moving, sync.reload]);

  const act = async (key: string, fn: () => Promise<unknown>, done: string) => {
    setBusy(key);
    setNotice(null);
    try {
      await fn();
      setNotice({ type: 'success', text: done });
      sync.reload();
      hooks.reload();
    } catch (e) {
      setNotice({ type: 'error', text: (e as ApiError).message });
    } finally {
      setBusy(null);
    }
  };

  if (sync.loading && !sync.data) return <Flex justifyContent="center" padding="xxLarge"><ProgressCircle size="large" /></Flex>;
  if (sync.error || !sync.data) return <Message type="error" header="Could not load sync status" messages={[{ text: sync.error?.message ?? '' }]} />;
  const s = sync.data;

  return (
    <>
      {notice && <Message type={notice.type} messages={[{ text: notice.text }]} marginBottom="medium" onClose={() => setNotice(null)} />}
      <Grid gridColumns={{ mobile: '1fr', desktop: '1fr 1fr' }} gridGap="1.5rem">
        <Panel header="Data sync" description="Orders, customers, subscribers and products are kept current by webhooks, with a full check on a schedule.">
          <Flex alignItems="center" flexGap="0.75rem" marginBottom="medium">
            <Switch
              checked={s.enabled}
              disabled={busy !== null}
              onChange={() => act('toggle', () => api('PUT', '/api/sync/settings', { enabled: !s.enabled }), s.enabled ? 'Scheduled sync switched off' : 'Scheduled sync switched on')}
              aria-label="Scheduled sync"
            />
            <Text marginBottom="none">Scheduled sync every {s.intervalMinutes} minutes {s.enabled ? '' : '(off)'}</Text>
          </Flex>
          <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '6px 16px' }}>
            <dt><Small marginBottom="none">Last sync</Small></dt>
            <dd style={{ margin: 0 }} data-testid="last-sync">
              {s.lastRun ? (
                <Flex alignItems="center" flexGap="0.5rem">
                  <Badge variant={s.lastRun.outcome === 'success' ? 'success' : 'danger'} label={s.lastRun.outcome ?? 'unknown'} />
                  <Text marginBottom="none" title={formatDateTime(s.lastRun.finishedAt)}>{formatRelative(s.lastRun.finishedAt)} · {formatDuration(s.lastRun.durationMs)}</Text>
                </Flex>
              ) : (
                <Text marginBottom="none">Not yet</Text>
              )}
            </dd>
            {s.lastRun?.error && (
              <>
                <dt><Small marginBottom="none">Error</Small></dt>
                <dd style={{ margin: 0 }}><Text color="danger" marginBottom="none">{s.lastRun.error}</Text></dd>
              </>
            )}
            <dt><Small marginBottom="none">Next sync</Small></dt>
            <dd style={{ margin: 0 }}><Text marginBottom="none">{s.enabled ? formatRelative(s.nextRunAt) : 'off'}</Text></dd>
          </dl>
          <Box marginTop="medium">
            <Button isLoading={busy === 'run'} disabled={busy !== null} onClick={() => act('run', () => api('POST', '/api/sync/run'), 'Sync started')}>Sync now</Button>
          </Box>
        </Panel>
        <BackfillPanel backfill={s.backfill} />
      </Grid>

      <Box marginTop="xLarge">
        <Panel header="Recent syncs">
          {s.runs.length === 0 ? (
            <Text>No syncs yet.</Text>
          ) : (
            <Table
              stickyHeader
              columns={[
                { header: 'Started', hash: 'startedAt', render: (r) => formatDateTime(r.startedAt) },
                { header: 'Kind', hash: 'kind', render: (r) => r.kind },
                { header: 'Outcome', hash: 'outcome', render: (r) => <Badge variant={r.outcome === 'success' ? 'success' : r.outcome ? 'danger' : 'secondary'} label={r.outcome ?? 'running'} /> },
                { header: 'Duration', hash: 'durationMs', render: (r) => formatDuration(r.durationMs) },
                ...KINDS.map((k) => ({ header: k[0]!.toUpperCase() + k.slice(1), hash: k, align: 'right' as const, render: (r: SyncView['runs'][number]) => formatNumber(r.counts?.[k] ?? 0) })),
              ]}
              items={s.runs}
            />
          )}
        </Panel>
      </Box>

      <Box marginTop="xLarge">
        <Panel header="Failed jobs" description="Work that failed after its retries. Fix the cause, then retry it.">
          {s.jobs.failed.length === 0 ? (
            <Text>Nothing has failed.</Text>
          ) : (
            <Table
              columns={[
                { header: 'Job', hash: 'type', render: (j) => JOB_LABELS[j.type] ?? j.type },
                { header: 'Attempts', hash: 'attempts', render: (j) => j.attempts },
                { header: 'Error', hash: 'lastError', render: (j) => <Text color="danger" marginBottom="none">{j.lastError}</Text> },
                { header: 'Failed', hash: 'finishedAt', render: (j) => formatDateTime(j.finishedAt) },
                {
                  header: '',
                  hash: 'retry',
                  render: (j) => (
                    <Button variant="subtle" isLoading={busy === j.id} disabled={busy !== null} onClick={() => act(j.id, () => api('POST', `/api/sync/jobs/${j.id}/retry`), 'Job queued again')}>
                      Retry
                    </Button>
                  ),
                },
              ]}
              items={s.jobs.failed}
            />
          )}
        </Panel>
      </Box>

      <Box marginTop="xLarge">
        <Panel
          header="Webhooks"
          description="BigCommerce tells Tandem about changes as they happen through these."
          action={{ text: 'Repair', variant: 'secondary', isLoading: busy === 'repair', onClick: () => act('repair', () => api('POST', '/api/webhooks/repair'), 'Webhooks checked and repaired') }}
        >
          {hooks.loading && !hooks.data ? (
            <ProgressCircle size="small" />
          ) : hooks.error || !hooks.data ? (
            <Message type="error" messages={[{ text: hooks.error?.message ?? 'Could not load webhooks' }]} />
          ) : (
            <>
              {hooks.data.error && <Message type="warning" messages={[{ text: hooks.data.error }]} marginBottom="medium" />}
              <Table
                columns={[
                  { header: 'Event', hash: 'scope', render: (h) => <code>{h.scope}</code> },
                  { header: 'State', hash: 'state', render: (h) => <Badge variant={!h.registered ? 'danger' : h.active ? 'success' : 'warning'} label={!h.registered ? 'missing' : h.active ? 'active' : 'deactivated'} /> },
                  { header: 'Deliveries', hash: 'deliveries', align: 'right', render: (h) => formatNumber(h.deliveries) },
                  { header: 'Last delivery', hash: 'lastEventAt', render: (h) => formatRelative(h.lastEventAt) },
                ]}
                items={hooks.data.scopes}
              />
            </>
          )}
        </Panel>
      </Box>
    </>
  );
}

function BackfillPanel({ backfill }: { backfill: SyncView['backfill'] }) {
  if (!backfill) return <Panel header="History"><Text>History import has not started.</Text></Panel>;
  const done = KINDS.reduce((n, k) => n + (backfill.done[k] ?? 0), 0);
  const total = KINDS.reduce((n, k) => n + Math.max(backfill.total[k] ?? 0, backfill.done[k] ?? 0), 0);
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : backfill.status === 'done' ? 100 : 0;
  return (
    <Panel header="History" description="Your store's past orders, customers, subscribers and products, imported once at install.">
      <H3 marginBottom="xSmall">
        {backfill.status === 'done' ? 'Imported' : backfill.status === 'failed' ? 'Import paused by an error' : backfill.status === 'running' ? `Importing ${backfill.phase ?? ''}…` : 'Waiting to start'}
      </H3>
      <ProgressBar percent={percent} />
      <Small marginTop="xSmall">{formatNumber(done)} of {formatNumber(total)} records ({percent}%)</Small>
      <dl style={{ margin: '12px 0 0', display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 16px' }}>
        {KINDS.map((k) => (
          <Box key={k} style={{ display: 'contents' }}>
            <dt><Small marginBottom="none">{k[0]!.toUpperCase() + k.slice(1)}</Small></dt>
            <dd style={{ margin: 0 }}><Text marginBottom="none">{formatNumber(backfill.done[k] ?? 0)} / {formatNumber(Math.max(backfill.total[k] ?? 0, backfill.done[k] ?? 0))}</Text></dd>
          </Box>
        ))}
      </dl>
      {backfill.error && <Text color="danger" marginTop="small">{backfill.error} — it resumes where it stopped.</Text>}
    </Panel>
  );
}
