import { Tag, Tooltip } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EduBrief } from '../../../../shared/contract/safety-education-types';

/** What is still missing, in words: "项目级差 12 学时；班组级需考试合格". */
export function missingText(brief: EduBrief, t: TFunction): string {
  return brief.due
    .map((d) => {
      const level = t(`edu.level.${d.level}`);
      const parts = [
        ...(d.missingHours > 0 ? [t('edu.missing.hours', { hours: d.missingHours })] : []),
        ...(d.missingPass ? [t('edu.missing.pass')] : []),
      ];
      return t('edu.missing.level', { level, what: parts.join(t('edu.levelSeparator')) });
    })
    .join(t('edu.missing.between'));
}

/** 三级教育已完成, or 未完成三级教育 with what is missing beside it (and in full on hover). */
export function EduBriefTag({ brief, showMissing = true }: { brief: EduBrief | undefined; showMissing?: boolean }) {
  const { t } = useTranslation();
  if (!brief) return null;
  if (brief.state === 'cleared')
    return (
      <Tag color="green" data-testid="edu-tag" data-state="cleared">
        {t('edu.state.cleared')}
      </Tag>
    );
  const missing = missingText(brief, t);
  return (
    <Tooltip title={missing}>
      <span data-testid="edu-tag" data-state={brief.state}>
        <Tag color={brief.state === 'in_progress' ? 'orange' : 'red'}>{t('edu.state.notCleared')}</Tag>
        {showMissing ? (
          <span className="edu-missing" data-testid="edu-missing">
            {brief.due.map((d) => t(`edu.level.${d.level}`)).join(t('edu.levelSeparator'))}
          </span>
        ) : null}
      </span>
    </Tooltip>
  );
}
