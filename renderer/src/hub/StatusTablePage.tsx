import { Button, Flex, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusTable } from '../../../shared/contract/report-types';
import { hubCall } from './api';

const COLUMNS = [
  ['serial', 'serial'],
  ['enterprise', 'enterprise'],
  ['address', 'address'],
  ['contactName', 'contactName'],
  ['contactUnitTitle', 'unitTitle'],
  ['contactMobile', 'mobile'],
  ['stateZh', 'state'],
] as const;

/** Seed 004's status table across the stations the caller sees, as the station exports it. */
export function StatusTablePage() {
  const { t } = useTranslation();
  const [table, setTable] = useState<StatusTable | null>(null);
  useEffect(() => {
    void hubCall<StatusTable>('hub.statusTable', {}).then((r) => r.ok && setTable(r.value));
  }, []);
  const download = async () => {
    const r = await hubCall<{ fileName: string; base64: string }>('hub.statusTable.export', { format: 'xlsx' });
    if (!r.ok) return;
    const a = document.createElement('a');
    a.href = `data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,${r.value.base64}`;
    a.download = r.value.fileName;
    a.click();
  };
  if (!table) return null;
  return (
    <div data-testid="hub-status-table" className="hub-print">
      <Flex gap={8} className="no-print" style={{ marginBottom: 12 }}>
        <Button onClick={() => void download()}>{t('hub.ui.xlsx')}</Button>
        <Button onClick={() => window.print()}>{t('hub.ui.print')}</Button>
      </Flex>
      {/* The form is filed in Chinese whatever the screen's language: its title reads left to right. */}
      <Typography.Title level={4} style={{ textAlign: 'center' }} lang="zh-CN" dir="ltr">
        {table.title}
      </Typography.Title>
      <Table
        rowKey="serial"
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={table.rows}
        columns={COLUMNS.map(([dataIndex, header]) => ({ title: t(`print.status.headers.${header}`), dataIndex }))}
      />
    </div>
  );
}
