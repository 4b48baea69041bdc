// Runs in: Node (tests only). Reads one sample out of Prometheus' text format, as a scraper would: the line
// `name{labels} value` (labels as written, in order), or `name value` without labels.
export function sample(text: string, name: string, labels = ''): number | undefined {
  const series = labels ? `${name}{${labels}}` : name;
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}
