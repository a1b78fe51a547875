import { Badge, Box, Flex, H1, Text } from '@bigcommerce/big-design';
import { linkTo } from '../router';
import type { StoreView } from '../types';

const NAV = [
  { path: '/', label: 'Overview' },
  { path: '/sync', label: 'Sync' },
];

export function AppHeader({ view, path }: { view: StoreView; path: string }) {
  return (
    <Box backgroundColor="white" shadow="raised" paddingHorizontal={{ mobile: 'medium', tablet: 'xLarge' }} paddingTop="medium">
      <Flex justifyContent="space-between" alignItems="center" flexWrap="wrap" style={{ maxWidth: 1100, margin: '0 auto' }}>
        <Box>
          <Text color="secondary60" marginBottom="none">Tandem</Text>
          <H1 marginBottom="small" data-testid="store-name">{view.store.name ?? view.store.hash}</H1>
        </Box>
        <Flex alignItems="center" flexGap="0.5rem">
          <Badge variant={view.store.status === 'active' ? 'success' : 'danger'} label={view.store.status === 'active' ? 'Connected' : 'Disconnected'} />
          <Text color="secondary60" marginBottom="none">{view.user.email ?? ''}</Text>
        </Flex>
      </Flex>
      <nav aria-label="Tandem" style={{ maxWidth: 1100, margin: '0 auto' }}>
        <Flex flexGap="1.5rem" marginTop="small">
          {NAV.map((item) => {
            const active = item.path === '/' ? path === '/' : path.startsWith(item.path);
            return (
              <a
                key={item.path}
                href={`/app${item.path}`}
                onClick={linkTo(item.path)}
                aria-current={active ? 'page' : undefined}
                style={{
                  padding: '8px 0 12px',
                  textDecoration: 'none',
                  color: active ? '#3c64f4' : '#313440',
                  borderBottom: active ? '3px solid #3c64f4' : '3px solid transparent',
                  fontWeight: active ? 600 : 400,
                }}
              >
                {item.label}
              </a>
            );
          })}
        </Flex>
      </nav>
    </Box>
  );
}
