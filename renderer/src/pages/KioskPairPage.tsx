import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { call } from '../api/client';
import { codeFromFragment } from '../kiosk/pairing';
import { errorMessage } from '../forms/errorText';
import { KioskLanguages } from '../components/kiosk/KioskLanguages';
import { BrandMark } from '../components/BrandMark';
import { useLanguage } from '../state/language';
import { useSession } from '../state/session';

interface PairForm {
  code: string;
  name: string;
}

/** A tablet becomes this station's kiosk: the six-digit code shown on the PC, and a name for the list. */
export function KioskPairPage() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<PairForm>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const revoked = params.get('revoked') === '1';

  useEffect(() => {
    const code = codeFromFragment(window.location.hash);
    if (code) {
      form.setFieldValue('code', code);
      // The code has done its job in the address bar; do not leave it in history.
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    }
  }, [form]);

  const submit = async (values: PairForm) => {
    setBusy(true);
    setError(null);
    const r = await call('devices.pair', { code: values.code.trim(), name: values.name.trim() });
    setBusy(false);
    if (!r.ok) {
      if (r.error.code === 'invalid_input' && (r.error.details?.fields ?? []).every((f) => f.path !== 'name')) setError(t('kioskui.pair.wrongCode'));
      else {
        const m = errorMessage(r.error);
        setError(t(m.key, m.vars ?? {}));
      }
      return;
    }
    await refresh();
    void navigate('/kiosk', { replace: true });
  };

  return (
    <div className="kiosk kiosk-pair" data-testid="kiosk-pair">
      <div className="kiosk-pair-card">
        <div className="kiosk-pair-head">
          <BrandMark size={72} />
          <h1 className="kiosk-pair-title">{t('kioskui.pair.title')}</h1>
        </div>
        {revoked && <Alert type="warning" showIcon className="kiosk-pair-alert" data-testid="kiosk-pair-revoked" title={t('kioskui.pair.revoked')} />}
        <p className="kiosk-pair-help">{t('kioskui.pair.help')}</p>
        {error && <Alert type="error" showIcon className="kiosk-pair-alert" title={error} data-testid="kiosk-pair-error" />}
        <Form form={form} layout="vertical" size="large" onFinish={(v) => void submit(v)} requiredMark={false} initialValues={{ code: '', name: '' }}>
          <Form.Item
            name="code"
            label={t('kioskui.pair.code')}
            rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('kioskui.pair.codeRule') }]}
          >
            <Input className="kiosk-pair-code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} dir="ltr" data-testid="kiosk-pair-code" />
          </Form.Item>
          <Form.Item name="name" label={t('kioskui.pair.name')} extra={t('kioskui.pair.nameHelp')} rules={[{ required: true, whitespace: true, max: 50, message: t('kioskui.pair.nameRule') }]}>
            <Input maxLength={50} data-testid="kiosk-pair-name" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy} className="kiosk-pair-submit" data-testid="kiosk-pair-submit">
            {t('kioskui.pair.submit')}
          </Button>
        </Form>
      </div>
      <KioskLanguages value={language} onChange={(lang) => void setLanguage(lang, { remember: false, station: false })} />
    </div>
  );
}
