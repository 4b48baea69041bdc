// Starts the browser's download of a file: one the core wrote (a CSV export, a court document, the monthly report),
// from the one-time token of its answer — the host serves GET /exports/<token> once (browser mode: the web host;
// desktop: the app:// scheme) — or one the page made itself (a chart's table as CSV), from a Blob.
export const exportDownloadUrl = (token: string) => `/exports/${encodeURIComponent(token)}`;

/** A blob: URL lives until revoked; the download has taken the bytes well before this. */
const BLOB_URL_LIFETIME_MS = 60_000;

function clickDownload(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

export function startDownload(token: string, fileName: string): void {
  clickDownload(exportDownloadUrl(token), fileName);
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  clickDownload(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}
