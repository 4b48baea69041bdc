// Runs in: Node. The hub's plain HTTP surface: login only. Socket.IO answers its own path (/socket.io/) before
// these routes are consulted.
import type http from 'node:http';
import { sendJson } from './send-json.ts';

const LOGIN_PATH = '/api/login';

export function createRoutes(login: http.RequestListener): http.RequestListener {
  return (req, res) => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === LOGIN_PATH) return login(req, res);
    sendJson(res, 404, { error: 'not_found' });
  };
}
