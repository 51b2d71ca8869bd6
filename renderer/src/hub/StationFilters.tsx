import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HubStationView } from '../../../shared/contract/hub-views';

export type StationFilterValue = Partial<Record<(typeof FIELDS)[number], string>>;

const FIELDS = ['enterprise', 'city', 'district', 'township'] as const;

/** Narrowing the list by where a station is and whose it is; the choices are what the caller's stations hold. */
export function StationFilters({ stations, value, onChange }: { stations: HubStationView[]; value: StationFilterValue; onChange: (v: StationFilterValue) => void }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap data-testid="hub-station-filters">
      {FIELDS.map((f) => {
        const choices = [...new Set(stations.map((s) => s[f]).filter((x) => x !== ''))].sort();
        return (
          <Select
            key={f}
            allowClear
            showSearch
            style={{ minWidth: 160 }}
            placeholder={t(`hub.ui.filter.${f}`)}
            aria-label={t(`hub.ui.filter.${f}`)}
            value={value[f]}
            onChange={(v: string | undefined) => onChange({ ...value, [f]: v })}
            options={choices.map((c) => ({ value: c, label: c }))}
            data-testid={`hub-filter-${f}`}
          />
        );
      })}
    </Flex>
  );
}
