import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportSession } from '../../../../shared/contract/report-types';

interface Props {
  ids: readonly string[];
  sessions: ReadonlyMap<string, ReportSession>;
  categoryLabel(code: string): string;
}

/** The sessions behind a figure, each a link to the session: how a number is traced to sign-ins. */
export function SessionLinks({ ids, sessions, categoryLabel }: Props) {
  const { t } = useTranslation();
  if (!ids.length) return <Typography.Text type="secondary">{t('reportsui.noSessionsBehind')}</Typography.Text>;
  return (
    <ul className="reports-sessions-list" data-testid="figure-sessions">
      {ids.map((id) => {
        const s = sessions.get(id);
        return (
          <li key={id}>
            <Link to={`/sessions/${id}`} data-testid="figure-session-link">
              {s ? (
                <>
                  <span dir="ltr">{s.startsAt.replace('T', ' ')}</span> {s.title}
                </>
              ) : (
                id
              )}
            </Link>
            {s ? (
              <Typography.Text type="secondary">
                {' · '}
                {categoryLabel(s.category)}
                {' · '}
                {t('reportsui.sessionLine', { hours: s.classHours, people: s.personTimes })}
                {s.trainerNames.length ? ` · ${s.trainerNames.join(t('stationPage.listSeparator'))}` : ''}
              </Typography.Text>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
