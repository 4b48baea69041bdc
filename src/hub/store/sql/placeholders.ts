// Runs in: Node. PostgreSQL numbers its parameters ($1, $2…) where the portable SQL writes `?`. A `?` inside a
// string literal, a quoted identifier or a comment is text, not a parameter.

/** `sql` with each parameter `?` numbered as $1, $2…; `count`: how many there are. */
export function numberPlaceholders(sql: string): { text: string; count: number } {
  let text = '';
  let count = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    const end = c === "'" || c === '"' ? sql.indexOf(c, i + 1) : c === '-' && sql[i + 1] === '-' ? sql.indexOf('\n', i) : -2;
    if (end !== -2) {
      const stop = end === -1 ? sql.length : end + 1;
      text += sql.slice(i, stop);
      i = stop - 1;
    } else text += c === '?' ? `$${++count}` : c;
  }
  return { text, count };
}
