import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportSession } from '../../../../shared/contract/report-types';

interface Props {
  /** The sessions behind the figure. */
  sessions: readonly ReportSession[];
  categoryLabel(code: string): string;
}

/** The sessions behind a figure, each a link to the session: how a number is traced to sign-ins. */
export function SessionLinks({ sessions, categoryLabel }: Props) {
  const { t } = useTranslation();
  if (!sessions.length) return <Typography.Text type="secondary">{t('reportsui.noSessionsBehind')}</Typography.Text>;
  return (
    <ul className="reports-sessions-list" data-testid="figure-sessions">
      {sessions.map((s) => (
        <li key={s.id}>
          <Link to={`/sessions/${s.id}`} data-testid="figure-session-link">
            <span dir="ltr">{s.startsAt.replace('T', ' ')}</span> {s.title}
          </Link>
          <Typography.Text type="secondary">
            {' · '}
            {categoryLabel(s.category)}
            {' · '}
            {t('reportsui.sessionLine', { hours: s.classHours, people: s.personTimes })}
            {s.trainerNames.length ? ` · ${s.trainerNames.join(t('stationPage.listSeparator'))}` : ''}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}
