import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, ConfigProvider, Descriptions, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { StatusTable, StatusTableRow } from '../../../../shared/contract/report-types';
import { call } from '../../api/client';
import { useStation } from '../../state/station';
import { ExportChoices, type ExportOptions } from './ExportChoices';
import { ReportsNav } from './ReportsNav';
import { useExport } from './useExport';
import { useLoad } from './useLoad';

/** A blank on the form stays visible, so whoever fills it in sees what is missing. */
function Filled({ value }: { value: string }) {
  const { i18n } = useTranslation();
  return value ? <span>{value}</span> : <Tag color="error" className="status-blank">{i18n.getFixedT('zh-CN')('reportsui.status.blank')}</Tag>;
}

/** Seed 004's 提升站建设初步情况表 for the chosen stations (default: all), as the bureau's form lays it out. */
export function StatusTablePage() {
  const { t, i18n } = useTranslation();
  // The form is the bureau's Chinese form, left to right, whatever the screen's language (seed 004 附件).
  const zh = i18n.getFixedT('zh-CN');
  const navigate = useNavigate();
  const { stations } = useStation();
  const [chosen, setChosen] = useState<string[]>([]);
  const [options, setOptions] = useState<ExportOptions>({ format: 'xlsx', fullIdNumbers: false });
  const { busy, run } = useExport();
  const stationIds = chosen.length ? chosen : undefined;
  const table = useLoad<StatusTable>(() => call('reports.statusTable', { stationIds }), [chosen.join(',')]);
  const data = table.data;
  const ids = (data?.rows ?? []).map((r) => r.stationId).join(',');

  return (
    <ReportsNav
      testId="status-table-page"
      extra={
        <>
          <Select<string[]>
            mode="multiple"
            allowClear
            className="reports-select-wide"
            placeholder={t('reportsui.status.allStations')}
            value={chosen}
            onChange={setChosen}
            options={stations.map((s) => ({ value: s.id, label: s.name }))}
            optionFilterProp="label"
            aria-label={t('reportsui.status.stations')}
            data-testid="status-stations"
          />
          <ExportChoices
            testId="status-export"
            value={options}
            onChange={setOptions}
            offerFullIds={false}
            busy={busy !== null}
            onExport={() => void run('status', () => call('exports.statusTable', { stationIds, format: options.format }))}
          />
          <Button
            icon={<PrinterOutlined />}
            disabled={!ids}
            href={`/print/status-table?stations=${ids}`}
            onClick={(e) => {
              e.preventDefault();
              navigate(`/print/status-table?stations=${ids}`);
            }}
            data-testid="status-print"
          >
            {t('reportsui.print')}
          </Button>
        </>
      }
    >
      {table.error ? <Alert type="error" showIcon title={table.error} /> : null}
      {data?.unitMissing ? <Alert type="warning" showIcon title={t('reportsui.status.unitMissing')} data-testid="status-unit-missing" /> : null}
      <ConfigProvider direction="ltr">
      <Card size="small" loading={table.loading && !data} className="status-table-form" data-testid="status-table" lang="zh-CN" dir="ltr">
        {data ? (
          <>
            <Typography.Title level={4} className="status-table-title" lang="zh-CN" dir="ltr" data-testid="status-title">
              {data.title}
            </Typography.Title>
            <Typography.Paragraph>
              {zh('reportsui.status.reportingUnit')}
              <Filled value={data.reportingUnit} />
            </Typography.Paragraph>
            <Table<StatusTableRow>
              size="small"
              bordered
              rowKey="stationId"
              pagination={false}
              dataSource={data.rows}
              data-testid="status-rows"
              columns={[
                { key: 'serial', title: zh('reportsui.status.serial'), dataIndex: 'serial', width: 60, align: 'center' },
                { key: 'enterprise', title: zh('reportsui.status.enterprise'), render: (_: unknown, r) => <Filled value={r.enterprise} /> },
                { key: 'address', title: zh('reportsui.status.address'), render: (_: unknown, r) => <Filled value={r.address} /> },
                { key: 'contact', title: zh('reportsui.status.contactName'), render: (_: unknown, r) => <Filled value={r.contactName} />, width: 110 },
                { key: 'unit', title: zh('reportsui.status.contactUnitTitle'), render: (_: unknown, r) => <Filled value={r.contactUnitTitle} /> },
                { key: 'mobile', title: zh('reportsui.status.contactMobile'), render: (_: unknown, r) => <span dir="ltr">{r.contactMobile ? r.contactMobile : <Filled value="" />}</span>, width: 140 },
                { key: 'state', title: zh('reportsui.status.state'), render: (_: unknown, r) => zh(`stationState.${r.state}`), width: 100, align: 'center' },
              ]}
            />
            <Descriptions
              className="status-filler"
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                { key: 'name', label: zh('reportsui.status.filler'), children: <Filled value={data.filler.name} /> },
                { key: 'fixed', label: zh('reportsui.status.fixedPhone'), children: <Filled value={data.filler.fixedPhone} /> },
                { key: 'mobile', label: zh('reportsui.status.contactMobile'), children: <Filled value={data.filler.mobile} /> },
              ]}
            />
            <ul className="reports-sessions-list" lang="zh-CN">
              {data.notes.map((n) => (
                <li key={n}>
                  <Typography.Text type="secondary">{n}</Typography.Text>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Card>
      </ConfigProvider>
    </ReportsNav>
  );
}
