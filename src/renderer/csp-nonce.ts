// The per-load CSP nonce the host wrote into <meta name="csp-nonce">. AG Grid puts it on the <style>
// elements it injects, so the grid is styled under a CSP without 'unsafe-inline'.
import { NONCE_PLACEHOLDER } from '../shared/security/csp.ts';

export function cspNonce(): string | undefined {
  const content = document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content');
  // Still the placeholder: served by a dev server that sends no CSP, so no nonce is needed.
  return content && content !== NONCE_PLACEHOLDER ? content : undefined;
}
