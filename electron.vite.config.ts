// Builds the three browser/Electron bundles. The web host and CLIs run from source under tsx (Node only).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The first sync's bulk writer runs in a worker thread: its own entry, beside the core (core/sync/bulk/bulk-load.ts).
      // The console core runs in a utility process (src/main/core-process.ts): its own entry too.
      rolldownOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'bulk-worker': resolve('src/core/sync/bulk/bulk-worker.ts'),
          'core-process': resolve('src/main/core-process.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules: emit CommonJS (see STACK.md).
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      minify: true, // electron-vite leaves it off by default; AG Grid alone is 2 MB unminified
      chunkSizeWarningLimit: 2000, // one local bundle, loaded from disk: AG Grid is most of it (MapLibre is its own chunk)
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
