// Maps an app:// request path to a file of the built renderer, refusing anything that would leave its folder.
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Absolute file path for a URL pathname ('/assets/x.js'), or undefined if it escapes rendererDir. */
export function resolveAssetPath(rendererDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined; // malformed %-escape
  }
  // NUL bytes and backslashes never occur in built asset names; on Windows a backslash is a separator.
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${decoded === '/' ? '/index.html' : decoded}`);
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  return file;
}
