import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CodeSelect } from './code-select.tsx';

const control = { id: 'f-channel', 'aria-invalid': undefined, 'aria-describedby': undefined } as const;

describe('CodeSelect', () => {
  it('renders the empty option first, then the codes in order, named by the label', () => {
    const html = renderToStaticMarkup(
      createElement(CodeSelect<'a' | 'b'>, {
        control,
        codes: ['b', 'a'],
        value: 'a',
        onChange: () => undefined,
        empty: 'Todos',
        label: (code) => `label ${code}`,
      }),
    );
    expect(html).toBe(
      '<select class="form-control" id="f-channel">' +
        '<option value="">Todos</option><option value="b">label b</option><option value="a" selected="">label a</option>' +
        '</select>',
    );
  });

  it('names each option by its code when no label is given', () => {
    const html = renderToStaticMarkup(
      createElement(CodeSelect<string>, { control, codes: ['Centro'], value: '', onChange: () => undefined, empty: 'Elegir…' }),
    );
    expect(html).toContain('<option value="" selected="">Elegir…</option><option value="Centro">Centro</option>');
  });
});
