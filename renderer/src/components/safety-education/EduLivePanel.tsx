import { Alert, Card, Flex, Select, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceRow } from '../../../../shared/contract/attendance-types';
import { EDU_LEVELS, type EduLevel } from '../../../../shared/domain/safety-education';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/errorText';
import { useStation } from '../../state/station';
import { EduBriefTag, missingText } from './EduBriefTag';
import { useEduBriefs } from './useEduBriefs';

interface Props {
  sessionId: string;
  /** A cancelled session credits nothing: its level cannot be set. */
  editable: boolean;
  rows: AttendanceRow[];
}

/**
 * The live view's 三级安全教育 part: which level this session stands for (safety and site-entry
 * sessions only), and the people in the room who are not yet cleared, with what they still miss.
 */
export function EduLivePanel({ sessionId, editable, rows }: Props) {
  const { t } = useTranslation();
  const stationId = useStation().current?.id;
  const [level, setLevel] = useState<{ level: EduLevel | null; eligible: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('safetyEducation.sessionLevel', { sessionId }).then((r) => r.ok && setLevel(r.value));
  }, [sessionId]);
  const present = useMemo(() => rows.filter((r) => r.status === 'present'), [rows]);
  const briefs = useEduBriefs(stationId, useMemo(() => present.map((r) => r.workerId), [present]));
  const uncleared = present.filter((r) => briefs.get(r.workerId) && briefs.get(r.workerId)!.state !== 'cleared');

  const pick = async (next: EduLevel | 'none') => {
    const r = await call('safetyEducation.setSessionLevel', { sessionId, level: next === 'none' ? null : next });
    if (r.ok) {
      setLevel(r.value);
      setError(null);
    } else {
      const m = errorMessage(r.error);
      setError(t(m.key, m.vars ?? {}));
    }
  };

  return (
    <Card size="small" title={t('edu.live.title', { count: uncleared.length })} data-testid="edu-live">
      <Flex vertical gap={8}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{t('edu.live.level')}</Typography.Text>
          <Select<EduLevel | 'none'>
            style={{ minWidth: 160 }}
            value={level?.level ?? 'none'}
            disabled={!level?.eligible || !editable}
            onChange={(v) => void pick(v)}
            options={[{ value: 'none', label: t('edu.live.noLevel') }, ...EDU_LEVELS.map((l) => ({ value: l, label: t(`edu.level.${l}`) }))]}
            data-testid="edu-session-level"
          />
          {level && !level.eligible ? <Typography.Text type="secondary">{t('edu.live.notEligible')}</Typography.Text> : null}
        </Flex>
        {error ? <Alert type="error" showIcon title={error} /> : null}
        {uncleared.length > 0 ? (
          <Table<AttendanceRow>
            rowKey="workerId"
            size="small"
            pagination={uncleared.length > 20 ? { pageSize: 20 } : false}
            dataSource={uncleared}
            data-testid="edu-live-uncleared"
            columns={[
              { title: t('kioskui.live.col.name'), dataIndex: 'name' },
              { title: t('kioskui.live.col.team'), dataIndex: 'team' },
              { title: t('edu.title'), key: 'state', render: (_: unknown, r) => <EduBriefTag brief={briefs.get(r.workerId)} showMissing={false} /> },
              { title: t('edu.col.missing'), key: 'missing', render: (_: unknown, r) => (briefs.get(r.workerId) ? missingText(briefs.get(r.workerId)!, t) : '') },
            ]}
          />
        ) : null}
      </Flex>
    </Card>
  );
}
