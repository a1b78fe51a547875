// A very small router: the app has a handful of pages under /app, and a
// dependency for that would cost more bytes than it saves.
import { useEffect, useState, type MouseEvent } from 'react';

export const APP_BASE = '/app';

function currentPath(): string {
  const p = window.location.pathname;
  return p.startsWith(APP_BASE) ? p.slice(APP_BASE.length) || '/' : p;
}

export function navigate(path: string, opts: { replace?: boolean } = {}): void {
  const url = (path.startsWith('/connect') ? '' : APP_BASE) + path;
  if (opts.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function usePath(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const onPop = () => setPath(currentPath());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return path;
}

/** onClick for in-app links that keeps modifier-clicks (new tab) working. */
export function linkTo(path: string) {
  return (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate(path);
  };
}
