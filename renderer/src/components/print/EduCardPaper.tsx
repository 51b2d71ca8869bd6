import type { TFunction } from 'i18next';
import type { EduCard, EduLevelProgress } from '../../../../shared/contract/safety-education-types';
import { num } from './format';
import './edu-card.css';

function dates(l: EduLevelProgress): string {
  const days = [...new Set(l.sessions.map((s) => s.startsAt.slice(0, 10)))];
  return days.length > 1 ? `${days[0]} – ${days[days.length - 1]}` : (days[0] ?? '');
}

/** What was taught: each session's title, and its description where it has one. */
function content(l: EduLevelProgress): string {
  return l.sessions.map((s) => (s.content ? `${s.title}：${s.content}` : s.title)).join('；');
}

function LevelBlock({ l, t }: { l: EduLevelProgress; t: TFunction }) {
  const trainers = [...new Set(l.sessions.flatMap((s) => s.trainerNames))].join('、');
  return (
    <table className="paper-table edu-level" data-testid="edu-card-level" data-level={l.level}>
      <caption>
        {t(`edu.card.levelTitle.${l.level}`)} {t('edu.card.required', { hours: num(l.requiredHours) })}
      </caption>
      <tbody>
        <tr>
          <th>{t('edu.card.col.dates')}</th>
          <td className="nums">{dates(l)}</td>
          <th>{t('edu.card.col.hours')}</th>
          <td className="center nums">{l.sessions.length ? num(l.hours) : ''}</td>
        </tr>
        <tr>
          <th>{t('edu.card.col.content')}</th>
          <td colSpan={3} className="edu-content" dir="auto">
            {content(l)}
          </td>
        </tr>
        <tr>
          <th>{t('edu.card.col.trainer')}</th>
          <td dir="auto">{trainers}</td>
          <th>{t('edu.card.col.score')}</th>
          {/* Blank for the pen until an exam result is recorded. */}
          <td className="center nums">{l.score !== null ? num(l.score) : ''}</td>
        </tr>
        <tr className="edu-sign">
          <th>{t('edu.card.workerSign')}</th>
          <td />
          <th>{t('edu.card.educatorSign')}</th>
          <td />
        </tr>
      </tbody>
    </table>
  );
}

/** One worker's 三级安全教育卡: who, then company, project and team level, each with its signature lines. */
export function EduCardPaper({ card, t }: { card: EduCard; t: TFunction }) {
  const fact = (label: string, value: string, testId?: string, wide = false) => (
    <div className={wide ? 'span2' : undefined}>
      <dt>{t(label)}</dt>
      <dd dir="auto" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  return (
    <article className="paper-doc edu-card" data-testid="edu-card">
      <h1 className="paper-title">{t('edu.card.title')}</h1>
      <dl className="paper-facts">
        {fact('edu.card.name', card.name, 'edu-card-name')}
        {fact('edu.card.sex', card.sex ? t(`edu.card.sexValue.${card.sex}`) : '')}
        {fact('edu.card.id', card.idMasked, 'edu-card-id')}
        {fact('edu.card.birthYear', card.birthYear !== null ? String(card.birthYear) : '')}
        {fact('edu.card.trade', card.tradeName ?? '')}
        {fact('edu.card.team', card.team)}
        {fact('edu.card.entryDate', card.entryDate ?? '')}
        {fact('edu.card.state', t(card.progress.state === 'cleared' ? 'edu.state.cleared' : 'edu.state.notCleared'))}
        {fact('edu.card.employer', card.employer, undefined, true)}
        {fact('edu.card.station', card.stationName, undefined, true)}
      </dl>
      {card.progress.levels.map((l) => (
        <LevelBlock key={l.level} l={l} t={t} />
      ))}
    </article>
  );
}
