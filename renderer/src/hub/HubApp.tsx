import { App as AntApp, Button, ConfigProvider, Flex, Layout, Segmented, Tabs, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubMe, HubStationView } from '../../../shared/contract/hub-views';
import { DEFAULT_LANGUAGE, directionOf, isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { rememberLanguage, switchLanguage, i18n } from '../i18n';
import { ugLocale } from '../locale/antd-ug';
import { themeFor } from '../theme';
import { AccountsPage } from './AccountsPage';
import { hubCall, hubToken, setHubToken } from './api';
import { EnrolmentCodesPage } from './EnrolmentCodesPage';
import { PeriodReportPage } from './PeriodReportPage';
import { PlansPage } from './PlansPage';
import { SignIn } from './SignIn';
import { StationSessionsPage } from './StationSessionsPage';
import { StationsPage } from './StationsPage';
import { StatusTablePage } from './StatusTablePage';

const ANTD = { 'zh-CN': () => zhCN, ug: ugLocale, en: () => enUS } as const;

/** The screens a signed-in caller may use; the hub's dispatch refuses the admin's channels to a viewer all the same. */
function Screens({ me }: { me: HubMe }) {
  const { t } = useTranslation();
  const admin = me.role === 'hub_admin';
  const [drill, setDrill] = useState<HubStationView | null>(null);
  if (drill) return <StationSessionsPage station={drill} onBack={() => setDrill(null)} />;
  return (
    <Tabs
      className="hub-tabs"
      destroyOnHidden
      items={[
        { key: 'stations', label: t('hub.ui.tabStations'), children: <StationsPage admin={admin} onOpen={setDrill} /> },
        { key: 'status', label: t('hub.ui.tabStatus'), children: <StatusTablePage /> },
        { key: 'period', label: t('hub.ui.tabPeriod'), children: <PeriodReportPage /> },
        { key: 'plans', label: t('hub.ui.tabPlans'), children: <PlansPage admin={admin} /> },
        ...(admin
          ? [
              { key: 'codes', label: t('hub.ui.tabCodes'), children: <EnrolmentCodesPage /> },
              { key: 'accounts', label: t('hub.ui.tabAccounts'), children: <AccountsPage /> },
            ]
          : []),
      ]}
    />
  );
}

/** The hub's shell: language, sign-in and out, and the screens for who signed in. */
export function HubApp() {
  const { t } = useTranslation();
  const [lang, setLang] = useState<Language>(isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE);
  const [signedIn, setSignedIn] = useState(() => hubToken() !== null);
  const [me, setMe] = useState<HubMe | null>(null);
  useEffect(() => {
    if (!signedIn) return setMe(null);
    void hubCall<HubMe>('hub.me', {}).then((r) => (r.ok ? setMe(r.value) : setSignedIn(false)));
  }, [signedIn]);
  const change = async (l: Language) => {
    await switchLanguage(l);
    rememberLanguage(l);
    setLang(l);
  };
  return (
    <ConfigProvider locale={ANTD[lang]()} direction={directionOf(lang)} theme={themeFor(lang)} button={{ autoInsertSpace: false }}>
      <AntApp>
        <Layout style={{ minHeight: '100vh' }} className="hub-layout">
          <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }} className="no-print">
            <Typography.Text style={{ color: '#fff', fontSize: 18 }}>{t('hub.ui.title')}</Typography.Text>
            <Flex gap={8} align="center">
              <Segmented<Language> value={lang} onChange={(l) => void change(l)} options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} />
              {signedIn ? (
                <Button
                  onClick={() => {
                    setHubToken(null);
                    setSignedIn(false);
                  }}
                >
                  {t('hub.ui.signOut')}
                </Button>
              ) : null}
            </Flex>
          </Layout.Header>
          <Layout.Content style={{ padding: 24 }}>{signedIn ? me ? <Screens me={me} /> : null : <SignIn onIn={() => setSignedIn(true)} />}</Layout.Content>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
