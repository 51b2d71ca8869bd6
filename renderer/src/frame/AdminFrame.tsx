import { HomeOutlined, LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { BrandMark } from '../components/BrandMark';
import { DiskFullBanner } from './DiskFullBanner';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { useLanguage } from '../state/language';
import { useSession } from '../state/session';
import { attendancePages } from '../routes/attendance';
import { examPages } from '../routes/exams';
import { recordPages } from '../routes/records';
import { reportPages } from '../routes/reports';
import { trustPages } from '../routes/trust';
import { safetyEducationPages } from '../routes/safety-education';
import type { PageEntry } from '../routes/types';

/** The admin pages, in menu order; each area of the app lists its own in routes/. */
const PAGES: PageEntry[] = [
  { path: '/', labelKey: 'nav.home', icon: <HomeOutlined /> },
  ...recordPages,
  ...attendancePages,
  ...examPages,
  ...safetyEducationPages,
  ...reportPages,
  ...trustPages,
  { path: '/settings', labelKey: 'nav.settings', icon: <SettingOutlined /> },
];

/** The navigation frame every admin page slots into: menu at the side, station and account on top. */
export function AdminFrame() {
  const { t } = useTranslation();
  const { state, signOut } = useSession();
  const { language, setLanguage } = useLanguage();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  if (state.status !== 'ready') return null;
  const account = state.whoami.account;
  const pages = PAGES.filter((p) => !p.adminOnly || state.whoami.role === 'admin');
  const selected = pages.find((p) => p.path !== '/' && pathname.startsWith(p.path))?.path ?? '/';

  return (
    <Layout className="admin-frame">
      <Layout.Header className="admin-header">
        <Flex align="center" gap={12} className="admin-brand">
          <BrandMark size={32} />
          <Flex vertical className="admin-brand-text">
            <Typography.Text className="admin-app-name">{t('app.name')}</Typography.Text>
            <Typography.Text className="admin-station-name" data-testid="header-station-name" ellipsis>
              {state.info.stationName}
            </Typography.Text>
          </Flex>
        </Flex>
        <Flex align="center" gap={16} className="admin-tools">
          <LanguageSwitcher value={language} onChange={(l) => void setLanguage(l)} size="small" label={t('language.label')} />
          <Typography.Text className="admin-account" data-testid="signed-in-account">
            <UserOutlined /> <bdi>{account?.username}</bdi>
            {/* The person's own name beside the account's: "admin · 李建国". */}
            {account && account.displayName !== account.username ? (
              <>
                {' · '}
                <bdi className="admin-account-name">{account.displayName}</bdi>
              </>
            ) : null}
          </Typography.Text>
          <Button
            size="small"
            icon={<LogoutOutlined />}
            // The gate around the frame moves to sign-in once the session is gone.
            onClick={() => void signOut()}
          >
            {t('nav.signOut')}
          </Button>
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} breakpoint="md" collapsedWidth={0} className="admin-sider">
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            onClick={({ key }) => navigate(key)}
            items={pages.map((p) => ({ key: p.path, icon: p.icon, label: t(p.labelKey) }))}
          />
        </Layout.Sider>
        <Layout.Content className="admin-content">
          <DiskFullBanner />
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
