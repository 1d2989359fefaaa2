import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { GraphQLProvider } from './lib/GraphQLProvider';
import { createAppRouter } from './routes/router';
import './ui/ui.css';
import './app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <GraphQLProvider>
      <RouterProvider router={createAppRouter()} />
    </GraphQLProvider>
  </StrictMode>,
);
