import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// In `npm run dev` the SPA runs on Vite and the API on :5000; the proxy keeps them same-origin
// so the SameSite=Strict refresh cookie is sent.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:5000', '/health': 'http://127.0.0.1:5000' },
  },
  // 'hidden': maps are written for error tracking but not referenced from the bundles; the backend
  // serves them in production only with SERVE_SOURCE_MAPS=true (backend/src/lib/http/spa.ts).
  build: { sourcemap: 'hidden' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // jsdom resolves the client's relative base URL against this origin; MSW handlers use the same.
    environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
  },
});
