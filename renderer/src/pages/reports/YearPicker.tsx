import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/** The year a report screen shows; its choice lives in the address (`?year=`), so the caller sets it there. */
export function YearPicker({ year, onChange, testId }: { year: number; onChange: (year: number) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <DatePicker
      picker="year"
      className="period-picker"
      allowClear={false}
      value={dayjs(new Date(year, 0, 1))}
      onChange={(d) => d && onChange(d.year())}
      aria-label={t('reportsui.year')}
      data-testid={testId}
    />
  );
}
