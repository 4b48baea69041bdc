// What every section function is given: the flow (cursor and page breaks), the typesetter (to build blocks), the
// texts of the chosen language and the formatters, and the section counter that numbers the headings.
import type { Language } from '../../../../shared/api/prefs.ts';
import { padded, text, type Block } from '../../../pdf/blocks.ts';
import type { Flow } from '../../../pdf/flow.ts';
import { BODY_WIDTH, SPACE, STYLE } from '../layout/page.ts';
import type { Typesetter } from '../../../pdf/typesetter.ts';
import { Formatter } from '../text/format.ts';
import type { Translate } from '../text/translator.ts';

export interface Context {
  readonly flow: Flow;
  readonly ts: Typesetter;
  readonly t: Translate;
  readonly fmt: Formatter;
  readonly language: Language;
  /**
   * Prints the next numbered heading (1., 2., … in the order printed: an absent section takes no number), kept with
   * `keep` points of what follows (by default its first lines).
   */
  section(title: string, keep?: number): void;
  /** The next numbered heading as a block, for a section that is kept whole with what follows it. */
  sectionBlock(title: string): Block;
}

export function createContext(flow: Flow, t: Translate, language: Language): Context {
  let number = 0;
  const next = (title: string) => t('common.section', { number: ++number, title: title.toLocaleUpperCase(language) });
  return {
    flow,
    ts: flow.ts,
    t,
    fmt: new Formatter(t),
    language,
    section(title, keep) {
      flow.heading(next(title), keep);
    },
    sectionBlock(title) {
      return padded(text(flow.ts, next(title), STYLE.heading, BODY_WIDTH), 0, SPACE.afterHeading);
    },
  };
}
