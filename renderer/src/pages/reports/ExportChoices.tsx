import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Radio } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ExportOptions {
  format: 'xlsx' | 'csv';
  fullIdNumbers: boolean;
}

interface Props {
  value: ExportOptions;
  onChange(v: ExportOptions): void;
  /** Only an admin may ask for full ID numbers; others are not offered the box. */
  offerFullIds: boolean;
  busy: boolean;
  disabled?: boolean;
  onExport(): void;
  testId: string;
}

/** Format, (for an admin) full ID numbers with the warning that it is recorded, and the export button. */
export function ExportChoices({ value, onChange, offerFullIds, busy, disabled = false, onExport, testId }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Radio.Group
        optionType="button"
        value={value.format}
        onChange={(e) => onChange({ ...value, format: e.target.value as ExportOptions['format'] })}
        options={[
          { value: 'xlsx', label: t('exportUi.xlsx') },
          { value: 'csv', label: t('exportUi.csv') },
        ]}
        aria-label={t('exportUi.format')}
        data-testid={`${testId}-format`}
      />
      {offerFullIds ? (
        <Checkbox checked={value.fullIdNumbers} onChange={(e) => onChange({ ...value, fullIdNumbers: e.target.checked })} data-testid={`${testId}-full-ids`}>
          {t('reportsui.fullIds')}
        </Checkbox>
      ) : null}
      <Button type="primary" icon={<FileExcelOutlined />} loading={busy} disabled={disabled} onClick={onExport} data-testid={testId}>
        {t('reportsui.export')}
      </Button>
      {value.fullIdNumbers ? <Alert className="reports-full-ids-warning" type="warning" showIcon title={t('exportUi.fullIdsHelp')} data-testid={`${testId}-full-ids-warning`} /> : null}
    </>
  );
}
