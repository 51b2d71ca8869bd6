import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HubApp } from './hub/HubApp';
import { initI18n } from './i18n';
import './styles.css';

/** The hub's page (hub.html, served by `station hub`): the same renderer's strings, theme and components, in hub mode. */
const root = document.getElementById('root');
if (!root) throw new Error('hub.html has no #root');
void initI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <HubApp />
    </StrictMode>,
  ),
);
