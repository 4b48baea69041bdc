// A failed ConsoleApi call, explained in the user's language; for invalid input, field by field.
import { useTranslation } from 'react-i18next';
import type { ApiIssue } from '../../shared/api/result.ts';
import { describeApiError, issueFieldKey, issueProblemKey } from '../errors/describe-api-error.ts';
import { Notice } from './Notice.tsx';

interface ApiErrorNoticeProps {
  readonly error: unknown;
  /** What was being done, already translated (e.g. "No se pudieron cargar las operaciones."). */
  readonly title?: string;
  readonly onDismiss?: () => void;
}

export function ApiErrorNotice({ error, title, onDismiss }: ApiErrorNoticeProps) {
  const { t } = useTranslation('errors');
  const { code, issues } = describeApiError(error);

  const describeIssue = (issue: ApiIssue): string => {
    const field = issueFieldKey(issue.path);
    const problem = issueProblemKey(issue.code);
    return t('issueLine', {
      field: field ? t(`field.${field}`) : issue.path,
      problem: problem ? t(`issue.${problem}`) : t('issue.other', { code: issue.code }),
    });
  };

  return (
    <Notice tone="error" onDismiss={onDismiss} testId="api-error">
      {title && <strong className="notice__title">{title}</strong>} <span>{t(code)}</span>
      {issues.length > 0 && (
        <ul className="notice__issues">
          {issues.map((issue, index) => (
            <li key={index}>{describeIssue(issue)}</li>
          ))}
        </ul>
      )}
    </Notice>
  );
}
