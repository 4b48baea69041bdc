// Runs in: Node. The hub's read-only endpoints (/healthz, /metrics) answer GET and HEAD (Node's server leaves the
// body out of a HEAD answer by itself); any other method is 405 with the methods that would be answered.
import type http from 'node:http';
import { sendJson } from './send-json.ts';

export const readOnly =
  (route: http.RequestListener): http.RequestListener =>
  (req, res) => {
    if (req.method === 'GET' || req.method === 'HEAD') return route(req, res);
    sendJson(res, 405, { error: 'method_not_allowed' }, { Allow: 'GET, HEAD' });
  };
