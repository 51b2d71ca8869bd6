import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../../shared/domain/vocab';

const COLORS: Record<SessionState, string> = { planned: 'blue', open: 'green', closed: 'default', cancelled: 'red' };

export function SessionStateTag({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[state]}>{t(`sessionState.${state}`)}</Tag>;
}
