import { Flex, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
// antd's pickers name months and weekdays through dayjs; without its Chinese locale loaded they say
// "Jan" (Uyghur screens use antd's Chinese locale too, see state/language.tsx).
import 'dayjs/locale/zh-cn';
import './reports.css';

/** The screens of the reports area, in tab order. */
export const REPORT_SCREENS = [
  { path: '/reports/period', labelKey: 'reportsui.tab.period' },
  { path: '/reports/plans', labelKey: 'reportsui.tab.plans' },
  { path: '/reports/subsidies', labelKey: 'reportsui.tab.subsidies' },
  { path: '/reports/subsidy-rules', labelKey: 'reportsui.tab.subsidyRules' },
  { path: '/reports/status-table', labelKey: 'reportsui.tab.statusTable' },
  { path: '/reports/platform', labelKey: 'reportsui.tab.platform' },
] as const;

interface Props {
  /** Tools at the end of the title line (pickers, export buttons). */
  extra?: ReactNode;
  children: ReactNode;
  testId: string;
}

/** The frame of every reports screen: the area's title, a tab per screen, then the screen. */
export function ReportsNav({ extra, children, testId }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = REPORT_SCREENS.find((s) => pathname.startsWith(s.path))?.path ?? REPORT_SCREENS[0].path;
  return (
    <Flex vertical gap={16} data-testid={testId}>
      <Typography.Title level={2} className="page-title">
        {t('reportsui.title')}
      </Typography.Title>
      <Tabs
        className="reports-tabs"
        activeKey={active}
        onChange={(key) => navigate(key)}
        items={REPORT_SCREENS.map((s) => ({ key: s.path, label: <span data-testid={`reports-tab-${s.path.slice(9)}`}>{t(s.labelKey)}</span> }))}
      />
      {extra ? (
        <Flex gap={8} wrap align="center" className="reports-toolbar">
          {extra}
        </Flex>
      ) : null}
      {children}
    </Flex>
  );
}
