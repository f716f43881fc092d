import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The class server (apps/class-server) that `npm start` runs beside the editor. The editor calls it
// on its own origin (`/api`, `/collab`), so one address works for the page and for the class, and
// a school can put both behind one host name; ARGMAP_CLASS_SERVER points elsewhere.
const classServer = (process.env.ARGMAP_CLASS_SERVER ?? 'http://127.0.0.1:1234').replace(/\/+$/, '');
const proxy = {
  '/api': { target: classServer },
  '/collab': { target: classServer.replace(/^http/, 'ws'), ws: true },
};

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: false, proxy },
  preview: { port: 4173, proxy },
});
