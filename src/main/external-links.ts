// Links the console may hand to the system browser. Only https, only to the municipality's own sites, so a
// crafted link in a record cannot open file:, custom-protocol or lookalike URLs through shell.openExternal.

export const EXTERNAL_HOSTS: readonly string[] = ['cordoba.gob.ar'];

/** True for https URLs whose host is an allow-listed domain or one of its subdomains. */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.port !== '') {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  return EXTERNAL_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}
