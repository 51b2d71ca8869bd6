import { Button, Flex, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusTable } from '../../../shared/contract/report-types';
import { hubCall } from './api';
import { StationFilters } from './StationFilters';
import { useStationFilter } from './useStationFilter';

/** The form's columns with widths that keep the whole table on a 1024-pixel screen. */
const COLUMNS = [
  ['serial', 'serial', 60],
  ['enterprise', 'enterprise', 210],
  ['address', 'address', 190],
  ['contactName', 'contactName', 100],
  ['contactUnitTitle', 'unitTitle', 130],
  ['contactMobile', 'mobile', 130],
  ['stateZh', 'state', 90],
] as const;

/** Seed 004's status table across the stations the caller sees, as the station exports it. */
export function StatusTablePage() {
  const { t } = useTranslation();
  const { stations, filter, setFilter, arg } = useStationFilter();
  const [table, setTable] = useState<StatusTable | null>(null);
  useEffect(() => {
    let live = true;
    void hubCall<StatusTable>('hub.statusTable', arg).then((r) => live && r.ok && setTable(r.value));
    return () => {
      live = false;
    };
  }, [arg]);
  const download = async () => {
    const r = await hubCall<{ fileName: string; base64: string }>('hub.statusTable.export', { format: 'xlsx', ...arg });
    if (!r.ok) return;
    const a = document.createElement('a');
    a.href = `data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,${r.value.base64}`;
    a.download = r.value.fileName;
    a.click();
  };
  if (!table) return null;
  return (
    <div data-testid="hub-status-table" className="hub-print">
      <Flex gap={8} wrap justify="space-between" className="no-print" style={{ marginBottom: 12 }}>
        <StationFilters stations={stations} value={filter} onChange={setFilter} />
        <Flex gap={8}>
          <Button onClick={() => void download()}>{t('hub.ui.xlsx')}</Button>
          <Button onClick={() => window.print()}>{t('hub.ui.print')}</Button>
        </Flex>
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
        tableLayout="fixed"
        scroll={{ x: 910 }}
        dataSource={table.rows}
        columns={COLUMNS.map(([dataIndex, header, width]) => ({ title: t(`print.status.headers.${header}`), dataIndex, width }))}
      />
    </div>
  );
}
