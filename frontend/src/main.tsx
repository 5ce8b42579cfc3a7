import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { restoreSession } from './lib/api-client';
import { startSessionSync } from './lib/session-sync';
import './styles.css';

// Each tab signs itself in from the refresh cookie: the access token is never stored.
startSessionSync();
void restoreSession();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
