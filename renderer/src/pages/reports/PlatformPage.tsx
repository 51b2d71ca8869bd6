import { Alert, DatePicker, Card, Flex, Select, Table, Tag, Typography } from 'antd';
import { NATIONAL_TRAINING_TYPES, type NationalTrainingType } from '../../../../shared/domain/vocab';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Page, TrainingSession } from '../../../../shared/contract/records';
import { call } from '../../api/client';
import { useIsAdmin } from '../../records/useIsAdmin';
import { useStation } from '../../state/station';
import { ExportChoices, type ExportOptions } from './ExportChoices';
import { ReportsNav } from './ReportsNav';
import { useExport } from './useExport';
import { useLoad } from './useLoad';

const ISO = 'YYYY-MM-DD';

/**
 * The national construction-worker platform's training import: closed sessions in a date range with
 * their attendees, one line each. The list shows which sessions go in and which lack a type code.
 */
export function PlatformPage() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const { current } = useStation();
  const stationId = current?.id;
  const [params] = useSearchParams();
  // A link may name the dates (?from=2026-03-01&to=2026-03-31); else this month so far.
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => {
    const from = dayjs(params.get('from') ?? '', ISO, true);
    const to = dayjs(params.get('to') ?? '', ISO, true);
    return from.isValid() && to.isValid() && !to.isBefore(from) ? [from, to] : [dayjs().startOf('month'), dayjs()];
  });
  const [options, setOptions] = useState<ExportOptions>({ format: 'xlsx', fullIdNumbers: false });
  const { busy, run } = useExport();
  const from = range[0].format(ISO);
  const to = range[1].format(ISO);
  const sessions = useLoad<Page<TrainingSession>>(
    () => (stationId ? call('sessions.list', { stationId, from, to, state: 'closed', q: '', offset: 0, limit: 500 }) : null),
    [stationId, from, to],
  );
  const rows = sessions.data?.rows ?? [];
  const untyped = rows.filter((s) => !s.nationalType).length;
  // The platform requires a type code: sessions without one take the code chosen here, or the export is refused.
  const [defaultType, setDefaultType] = useState<NationalTrainingType | null>(null);

  return (
    <ReportsNav
      testId="platform-page"
      extra={
        <>
          <DatePicker.RangePicker
            allowClear={false}
            value={range}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
            aria-label={t('reportsui.platform.range')}
            data-testid="platform-range"
          />
          <ExportChoices
            testId="platform-export"
            value={options}
            onChange={setOptions}
            offerFullIds={isAdmin}
            busy={busy !== null}
            disabled={!stationId}
            onExport={() =>
              stationId &&
              void run('platform', () => call('exports.platform', { stationId, from, to, format: options.format, fullIdNumbers: isAdmin && options.fullIdNumbers, ...(defaultType ? { defaultNationalType: defaultType } : {}) }))
            }
          />
        </>
      }
    >
      <Typography.Paragraph type="secondary">{t('reportsui.platform.help')}</Typography.Paragraph>
      {sessions.error ? <Alert type="error" showIcon title={sessions.error} /> : null}
      {untyped > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('reportsui.platform.untyped', { n: untyped })}
          data-testid="platform-untyped"
          description={
            <Flex gap={8} align="center" wrap>
              <span>{t('reportsui.platform.defaultType')}</span>
              <Select<NationalTrainingType | null>
                allowClear
                value={defaultType}
                onChange={(v) => setDefaultType(v ?? null)}
                placeholder={t('reportsui.platform.defaultTypeNone')}
                options={NATIONAL_TRAINING_TYPES.map((c) => ({ value: c, label: t(`nationalType.${c}`) }))}
                style={{ minWidth: 220 }}
                data-testid="platform-default-type"
              />
            </Flex>
          }
        />
      ) : null}
      <Card size="small" title={t('reportsui.platform.sessions', { n: sessions.data?.total ?? 0, from, to })}>
        <Table<TrainingSession>
          size="small"
          rowKey="id"
          loading={sessions.loading}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="platform-sessions"
          locale={{ emptyText: t('reportsui.platform.none') }}
          columns={[
            { key: 'when', title: t('reportsui.session.when'), width: 170, render: (_: unknown, s) => <span dir="ltr">{s.startsAt.replace('T', ' ')}</span> },
            { key: 'title', title: t('reportsui.session.title'), render: (_: unknown, s) => <Link to={`/sessions/${s.id}`}>{s.title}</Link> },
            {
              key: 'type',
              title: t('reportsui.platform.type'),
              render: (_: unknown, s) => (s.nationalType ? t(`nationalType.${s.nationalType}`) : <Tag color="warning">{t('reportsui.platform.noType')}</Tag>),
            },
            { key: 'trainers', title: t('reportsui.by.trainer'), render: (_: unknown, s) => s.trainerNames.join(t('stationPage.listSeparator')) },
            { key: 'hours', title: t('reports.figure.classHours'), dataIndex: 'classHours', align: 'end', width: 90 },
          ]}
        />
      </Card>
    </ReportsNav>
  );
}
