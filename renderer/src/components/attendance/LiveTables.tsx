import { Button, Empty, Input, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceRow, LiveView } from '../../../../shared/contract/attendance-types';
import { wallClockTime } from '../../../../shared/domain/time';
import type { CorrectionTarget } from './CorrectionModal';

const time = (iso: string | null) => (iso ? wallClockTime(iso) : '');

/** Who is in: time, late, how, when they left, and the hours credited once the session closed. */
export function PresentTable({ rows, closed, onCorrect }: { rows: AttendanceRow[]; closed: boolean; onCorrect(target: CorrectionTarget): void }) {
  const { t } = useTranslation();
  return (
    <Table<AttendanceRow>
      rowKey="workerId"
      size="middle"
      data-testid="live-present"
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50 } : false}
      locale={{ emptyText: <Empty description={t('kioskui.live.nobody')} /> }}
      rowClassName={(r) => (r.status === 'voided' ? 'live-row-voided' : '')}
      columns={[
        { title: t('kioskui.live.col.name'), dataIndex: 'name', render: (_: unknown, r) => <span data-testid="live-row-name">{r.name}</span> },
        { title: t('kioskui.live.col.team'), dataIndex: 'team' },
        {
          title: t('kioskui.live.col.in'),
          key: 'in',
          render: (_: unknown, r) => (
            <Space size={4}>
              <span dir="ltr">{time(r.signedInAt)}</span>
              {r.late && r.status === 'present' && <Tag color="orange">{t('kioskui.live.late')}</Tag>}
              {r.status === 'excused' && <Tag color="blue">{t('kioskui.live.excused')}</Tag>}
              {r.status === 'voided' && <Tag>{t('kioskui.live.voided')}</Tag>}
            </Space>
          ),
        },
        { title: t('kioskui.live.col.method'), key: 'method', render: (_: unknown, r) => (r.method ? t(`kioskui.method.${r.method}`, { defaultValue: r.method }) : '') },
        {
          title: t('kioskui.live.col.out'),
          key: 'out',
          render: (_: unknown, r) => (
            <Space size={4}>
              <span dir="ltr">{time(r.signedOutAt)}</span>
              {r.signOutAuto && <Tag color="purple">{t('kioskui.live.autoOut')}</Tag>}
            </Space>
          ),
        },
        ...(closed ? [{ title: t('kioskui.live.col.hours'), key: 'hours', render: (_: unknown, r: AttendanceRow) => (r.creditedHours ?? '') }] : []),
        { title: t('kioskui.live.col.reason'), dataIndex: 'reason', ellipsis: true },
        {
          title: '',
          key: 'actions',
          render: (_: unknown, r) =>
            r.status === 'present' ? (
              <Space size={4}>
                {!r.signedOutAt && (
                  <Button size="small" data-testid="live-action-sign_out" onClick={() => onCorrect({ action: 'sign_out', workerId: r.workerId, name: r.name })}>
                    {t('kioskui.live.action.sign_out')}
                  </Button>
                )}
                <Button size="small" danger data-testid="live-action-void" onClick={() => onCorrect({ action: 'void', workerId: r.workerId, name: r.name })}>
                  {t('kioskui.live.action.void')}
                </Button>
              </Space>
            ) : (
              <Button size="small" data-testid="live-action-add" onClick={() => onCorrect({ action: 'add', workerId: r.workerId, name: r.name })}>
                {t('kioskui.live.action.add')}
              </Button>
            ),
        },
      ]}
    />
  );
}

/** Who of the expected audience has not come, with the two corrections that apply to them. */
export function MissingList({ missing, onCorrect }: { missing: LiveView['missing']; onCorrect(target: CorrectionTarget): void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const shown = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return needle ? missing.filter((m) => [m.name, m.team, m.idMasked].some((s) => s.toLowerCase().includes(needle))) : missing;
  }, [missing, q]);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Input.Search allowClear placeholder={t('kioskui.live.searchMissing')} value={q} onChange={(e) => setQ(e.target.value)} data-testid="live-missing-search" />
      <Table
        rowKey="workerId"
        size="small"
        data-testid="live-missing"
        dataSource={shown}
        pagination={shown.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: <Empty description={t('kioskui.live.noneMissing')} /> }}
        columns={[
          { title: t('kioskui.live.col.name'), dataIndex: 'name' },
          { title: t('kioskui.live.col.team'), dataIndex: 'team' },
          { title: t('kioskui.live.col.id'), dataIndex: 'idMasked', render: (v: string) => <span dir="ltr">{v}</span> },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, m) => (
              <Space size={4}>
                <Button size="small" type="primary" data-testid="live-action-add" onClick={() => onCorrect({ action: 'add', workerId: m.workerId, name: m.name })}>
                  {t('kioskui.live.action.add')}
                </Button>
                <Button size="small" data-testid="live-action-excuse" onClick={() => onCorrect({ action: 'excuse', workerId: m.workerId, name: m.name })}>
                  {t('kioskui.live.action.excuse')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
