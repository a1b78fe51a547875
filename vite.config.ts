import { defineConfig } from 'vite';

// The React app for the control-panel iframe, built into dist/client and served by Express.
export default defineConfig({
  root: 'client',
  base: '/',
  publicDir: 'public',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    // Routes load on demand; the first page stays small (see bench/ui.ts).
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      onwarn(warning, warn) {
        // BigDesign ships "use client" directives for React Server Components; meaningless in a SPA bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  resolve: {
    // One copy of each, or BigDesign's styled components lose the theme context.
    dedupe: ['react', 'react-dom', 'styled-components'],
  },
  oxc: {
    jsx: { runtime: 'automatic' },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
