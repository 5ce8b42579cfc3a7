import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Toaster } from '../components/toast';
import { LiveEventsProvider } from '../lib/live-events/provider';

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      {/* Reads the live events while someone is signed in (lib/live-events). */}
      <LiveEventsProvider>{children}</LiveEventsProvider>
      <Toaster />
    </QueryClientProvider>
  );
}
