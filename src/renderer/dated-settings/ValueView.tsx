// A setting's value as read text, by the shape of its schema: numbers in the language's format, windows as
// "07:00 a 22:00", dates as the language writes them (25/12/2026), a choice's label, yes/no, what a null means
// for that field, nested objects as definition lists, lists of objects as a table (a column per field), lists of
// dates or texts in a row, other lists as numbered items.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.ts';
import { fieldLabel, nullLabel, optionLabel } from './labels.ts';
import { formatIsoDate } from '../i18n/format.ts';
import { isScalar, isWindow, type FieldSpec } from './value-form.ts';

interface ValueViewProps {
  readonly spec: FieldSpec;
  readonly value: unknown;
  /** The field's name (for what a null means there). */
  readonly name?: string;
}

export function ValueView({ spec, value, name = '' }: ValueViewProps) {
  const { t, i18n } = useTranslation('datedSettings');
  if (value === null || value === undefined) return <span className="dated-setting-value__none">{nullLabel(t, name)}</span>;
  switch (spec.kind) {
    case 'number':
      return (
        <span className="dated-setting-value__number">
          {typeof value === 'number' ? formatNumber(value, i18n.language) : String(value)}
        </span>
      );
    case 'boolean':
      return <span>{value === true ? t('yes') : t('no')}</span>;
    case 'time':
    case 'text':
      return <span>{String(value)}</span>;
    case 'date':
      return <span className="dated-setting-value__date">{formatIsoDate(String(value), i18n.language)}</span>;
    case 'choice':
      return <span>{optionLabel(t, String(value))}</span>;
    case 'json':
      return <code>{JSON.stringify(value)}</code>;
    case 'nullable':
      return <ValueView spec={spec.inner} value={value} name={name} />;
    case 'object': {
      const record = value as Record<string, unknown>;
      if (isWindow(spec)) return <span>{t('window', { start: String(record.start), end: String(record.end) })}</span>;
      return (
        <dl className="dated-setting-value__fields">
          {spec.fields.map(([field, fieldSpec]) => (
            <div key={field} className="dated-setting-value__field">
              <dt>{fieldLabel(t, field)}</dt>
              <dd>
                <ValueView spec={fieldSpec} value={record[field]} name={field} />
              </dd>
            </div>
          ))}
        </dl>
      );
    }
    case 'list': {
      const items = Array.isArray(value) ? (value as unknown[]) : [];
      if (items.length === 0) return <span className="dated-setting-value__none">{nullLabel(t, name)}</span>;
      const { item } = spec;
      if (item.kind === 'object') {
        return (
          <table className="dated-setting-value__table">
            <thead>
              <tr>
                {item.fields.map(([field]) => (
                  <th key={field} scope="col">
                    {fieldLabel(t, field)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((row, i) => (
                <tr key={i}>
                  {item.fields.map(([field, fieldSpec]) => (
                    <td key={field}>
                      <ValueView spec={fieldSpec} value={(row as Record<string, unknown>)[field]} name={field} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      }
      return (
        <ol className={isScalar(item) ? 'dated-setting-value__inline' : 'dated-setting-value__list'}>
          {items.map((entry, i) => (
            <li key={i}>
              <ValueView spec={item} value={entry} />
            </li>
          ))}
        </ol>
      );
    }
  }
}
