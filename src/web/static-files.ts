// Runs in: Node. Serves the built renderer over HTTP (see core/host/renderer-asset.ts for the rules).
import type { ServerResponse } from 'node:http';
import { loadRendererAsset, type AssetPolicy } from '../core/host/renderer-asset.ts';

export function serveStatic(rendererDir: string, url: string, res: ServerResponse, policy: AssetPolicy = {}): void {
  const pathname = url.split('?')[0]!;
  const asset = loadRendererAsset(rendererDir, pathname, policy);
  res.writeHead(asset.status, asset.headers).end(asset.body);
}
