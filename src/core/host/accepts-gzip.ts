// Runs in: Node. Whether an Accept-Encoding header lets the web host send a stored gzip tile as it is (with
// Content-Encoding: gzip) instead of decompressing it: `gzip` or `*` listed without q=0.
export function acceptsGzip(header: string | readonly string[] | undefined): boolean {
  const value = typeof header === 'string' ? header : (header?.join(',') ?? '');
  let gzip: boolean | undefined;
  let any = false;
  for (const part of value.split(',')) {
    const [coding = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const allowed = q === undefined || Number(q.slice(2)) > 0;
    if (coding === 'gzip' || coding === 'x-gzip') gzip = allowed;
    else if (coding === '*') any = allowed;
  }
  return gzip ?? any;
}
