import './webhooks.css';

export function StateBadge({ tone, children }: { tone: 'ok' | 'waiting' | 'bad'; children: string }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
