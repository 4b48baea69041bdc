// Starts the browser's download of a file the core wrote (a CSV export, a court document) from the one-time token
// of its answer: the host serves GET /exports/<token> once (browser mode: the web host; desktop: the app:// scheme).
export const exportDownloadUrl = (token: string) => `/exports/${encodeURIComponent(token)}`;

export function startDownload(token: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = exportDownloadUrl(token);
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
