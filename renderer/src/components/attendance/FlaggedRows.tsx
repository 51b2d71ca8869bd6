import { WarningOutlined } from '@ant-design/icons';
import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttendanceRow } from '../../../../shared/contract/attendance-types';
import { wallClockTime } from '../../../../shared/domain/time';

/**
 * Scans the station recorded but wants a trainer to look at: a tablet whose clock was wrong (recorded at
 * the time it arrived) or a tablet's queue delivered after the session closed. Nothing shows when none.
 */
export function FlaggedRows({ rows }: { rows: AttendanceRow[] }) {
  const { t } = useTranslation();
  const flagged = rows.filter((r) => r.flag !== null);
  if (flagged.length === 0) return null;
  return (
    <Card
      className="live-flagged"
      data-testid="live-flagged"
      title={
        <span>
          <WarningOutlined className="live-flagged-icon" /> {t('liveAdmin.flagged.title', { count: flagged.length })}
        </span>
      }
    >
      <Typography.Paragraph type="secondary">{t('liveAdmin.flagged.help')}</Typography.Paragraph>
      <Table<AttendanceRow>
        rowKey="workerId"
        size="small"
        pagination={false}
        dataSource={flagged}
        onRow={() => ({ 'data-testid': 'live-flagged-row' }) as object}
        columns={[
          { title: t('kioskui.live.col.name'), dataIndex: 'name', render: (name: string) => <span data-testid="live-flagged-name">{name}</span> },
          {
            title: t('kioskui.live.col.in'),
            key: 'in',
            render: (_: unknown, r) => (r.signedInAt ? <span dir="ltr">{wallClockTime(r.signedInAt)}</span> : ''),
          },
          {
            title: t('liveAdmin.flagged.why'),
            key: 'why',
            render: (_: unknown, r) => (
              <span data-testid="live-flagged-why">
                <Tag color="orange">{t(`liveAdmin.flag.${r.flag}.tag`)}</Tag> {t(`liveAdmin.flag.${r.flag}.why`)}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
