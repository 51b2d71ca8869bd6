import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FiveHavesItem } from '../../../shared/contract/records';

/** How many of the five haves a station meets; the tooltip names each and why. */
export function FiveHavesCell({ items }: { items: FiveHavesItem[] }) {
  const { t } = useTranslation();
  const met = items.filter((i) => i.met).length;
  const detail = (
    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
      {items.map((i) => (
        <li key={i.key}>
          {i.met ? '✓' : '✗'} {t(`fiveHaves.${i.key}`)}: {i.reasons.map((r) => t(r.key, r.params)).join('; ')}
        </li>
      ))}
    </ul>
  );
  return (
    <Tooltip title={detail}>
      <Tag color={met === items.length ? 'green' : met >= 3 ? 'orange' : 'red'} data-testid="hub-five-haves">
        {t('hub.ui.fiveHavesMet', { met, of: items.length })}
      </Tag>
    </Tooltip>
  );
}
