// The optional online tile source of the Despacho map (docs/ARCHITECTURE.md, "Live patrols"): an XYZ URL
// template such as https://tile.openstreetmap.org/{z}/{x}/{y}.png and the attribution the provider asks for.
// Off by default: the map always works on its bundled offline basemap. The page's CSP allows images from the
// template's origin only while one is saved (shared/security/csp.ts), so the template is checked strictly here —
// by the renderer's form (to say what is wrong) and by the contract (so that nothing else is ever saved).
import { z } from 'zod';
import { isImageOrigin } from '../security/csp.ts';

export const TILE_URL_MAX_LENGTH = 300;
export const TILE_ATTRIBUTION_MAX_LENGTH = 200;

/** Why a URL template is refused (each has a message in ui.ts under map.tiles.problem). */
export type TileUrlProblem = 'empty' | 'too_long' | 'not_url' | 'scheme' | 'credentials' | 'host' | 'placeholders';
export type TileAttributionProblem = 'attribution_empty' | 'attribution_too_long' | 'attribution_invalid';

const PLACEHOLDERS = ['{z}', '{x}', '{y}'] as const;
/** Plain DNS names only (lower case, punycode as the URL parser gives them) or IPv4: nothing that could end a CSP source. */
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
/** Hosts that may be reached over plain http (a tile server on this computer). */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);
const CONTROL = /\p{Cc}/u;

/** The URL the template names with every placeholder filled in (tile 0/0/0), or null when it is not a URL. */
function sampleUrl(template: string): URL | null {
  const filled = PLACEHOLDERS.reduce((url, p) => url.split(p).join('0'), template);
  return URL.canParse(filled) ? new URL(filled) : null;
}

/** What is wrong with a tile URL template, or null when it may be saved. */
export function tileUrlProblem(template: string): TileUrlProblem | null {
  if (template.length === 0) return 'empty';
  if (template.length > TILE_URL_MAX_LENGTH) return 'too_long';
  if (/\s/.test(template) || CONTROL.test(template)) return 'not_url';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(template)?.[1]?.toLowerCase();
  if (scheme !== 'https' && scheme !== 'http') return 'scheme';
  // Placeholders belong in the path or the query: the host must be one fixed origin for the CSP.
  const authority = /^[a-z]+:\/\/([^/?#]*)/i.exec(template)?.[1];
  if (authority === undefined) return 'not_url';
  if (/[{}]/.test(authority)) return 'host';
  if (PLACEHOLDERS.some((p) => !template.includes(p))) return 'placeholders';
  if (/[{}]/.test(PLACEHOLDERS.reduce((url, p) => url.split(p).join(''), template))) return 'placeholders';
  const url = sampleUrl(template);
  if (!url) return 'not_url';
  if (url.username || url.password) return 'credentials';
  if (!HOSTNAME.test(url.hostname)) return 'host';
  if (scheme === 'http' && !LOOPBACK_HOSTS.has(url.hostname)) return 'scheme';
  return null;
}

export function tileAttributionProblem(attribution: string): TileAttributionProblem | null {
  if (attribution.trim().length === 0) return 'attribution_empty';
  if (attribution.length > TILE_ATTRIBUTION_MAX_LENGTH) return 'attribution_too_long';
  if (CONTROL.test(attribution)) return 'attribution_invalid';
  return null;
}

/** The origin (scheme://host[:port]) the tiles come from, for the CSP; null for a template that may not be saved. */
export function tileOrigin(template: string): string | null {
  if (tileUrlProblem(template) !== null) return null;
  const origin = sampleUrl(template)?.origin ?? '';
  return isImageOrigin(origin) ? origin : null;
}

/** The address of one tile. */
export const tileUrl = (template: string, z: number, x: number, y: number): string =>
  template.split('{z}').join(String(z)).split('{x}').join(String(x)).split('{y}').join(String(y));

export const TileSourceSchema = z
  .object({
    urlTemplate: z.string().superRefine((value, ctx) => {
      const problem = tileUrlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    attribution: z.string().superRefine((value, ctx) => {
      const problem = tileAttributionProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  })
  .strict();
export type TileSource = z.output<typeof TileSourceSchema>;
