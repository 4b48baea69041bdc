import { useTranslation } from 'react-i18next';

/** Plain statement of what a not-yet-built workspace will hold. */
export function ComingSoon({ workspace }: { readonly workspace: 'court' | 'insights' }) {
  const { t } = useTranslation();
  return (
    <section className="coming-soon">
      <h1>
        {t(`workspace.${workspace}`)} <span className="badge">{t('comingSoon.badge')}</span>
      </h1>
      <p>{t(`comingSoon.${workspace}`)}</p>
    </section>
  );
}
