// A setting's value as read text, by the shape of its schema: numbers in the language's format, windows as
// "07:00 a 22:00", yes/no, what a null means for that field, nested objects as definition lists, lists as
// numbered items.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.ts';
import { fieldLabel, nullLabel } from './labels.ts';
import { isWindow, type FieldSpec } from './value-form.ts';

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
      return <span>{String(value)}</span>;
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
    case 'list':
      return (
        <ol className="dated-setting-value__list">
          {(value as unknown[]).map((item, i) => (
            <li key={i}>
              <ValueView spec={spec.item} value={item} />
            </li>
          ))}
        </ol>
      );
  }
}
