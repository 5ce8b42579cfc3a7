import { useSyncExternalStore } from 'react';

interface ToastAction {
  label: string;
  onAction: () => void;
}

interface Toast {
  id: number;
  kind: 'error' | 'success';
  message: string;
  /** One button beside the message, e.g. Undo; pressing it closes the toast. */
  action?: ToastAction;
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: Toast[]): void {
  toasts = next;
  for (const listener of listeners) listener();
}

function dismiss(id: number): void {
  publish(toasts.filter((t) => t.id !== id));
}

function show(kind: Toast['kind'], message: string, action?: ToastAction): void {
  const id = nextId++;
  // The same failure twice in a row (e.g. two requests refused together) shows once.
  if (toasts.some((t) => t.message === message && t.kind === kind)) return;
  publish([...toasts.slice(-3), { id, kind, message, action }]);
  // An action needs time to be read and reached.
  setTimeout(() => dismiss(id), kind === 'error' || action ? 10_000 : 5_000);
}

/** Feedback that belongs to no field: failures of the page, or a short confirmation. */
export const toast = {
  error: (message: string) => show('error', message),
  success: (message: string, options: { action?: ToastAction } = {}) => show('success', message, options.action),
  clearAll: () => publish([]),
};

export function Toaster() {
  const items = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => toasts,
    () => toasts,
  );
  return (
    <section className="toaster" aria-label="Notifications" aria-live="polite">
      {items.map((t) => (
        <div key={t.id} className={`toast toast--${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'}>
          <p>{t.message}</p>
          {t.action && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                dismiss(t.id);
                t.action?.onAction();
              }}
            >
              {t.action.label}
            </button>
          )}
          <button type="button" className="toast__close" aria-label="Dismiss notification" onClick={() => dismiss(t.id)}>
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
