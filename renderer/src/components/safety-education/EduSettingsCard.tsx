import { Alert, App, Button, Card, Flex, Form, InputNumber, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafetyEducationSettings } from '../../../../shared/contract/safety-education-types';
import { ALTERNATIVE_EDU_HOURS, DEFAULT_EDU_HOURS, EDU_LEVELS } from '../../../../shared/domain/safety-education';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/errorText';

/**
 * The station's 三级安全教育 rules: minimum hours per level (the sources disagree, so the screen says
 * where the default comes from and offers the other set), a pass per level, and whether a worker not
 * yet cleared may sign in to other sessions.
 */
export function EduSettingsCard({ stationId, canEdit }: { stationId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [value, setValue] = useState<SafetyEducationSettings | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void call('safetyEducation.settings', { stationId }).then((r) => r.ok && setValue(r.value));
  }, [stationId]);

  const save = async () => {
    if (!value) return;
    setBusy(true);
    const r = await call('safetyEducation.updateSettings', { stationId, settings: value });
    setBusy(false);
    if (r.ok) {
      setValue(r.value);
      setError(null);
      void message.success(t('settings.saved'));
    } else {
      const m = errorMessage(r.error);
      setError(t(m.key, m.vars ?? {}));
    }
  };

  const hoursSet = (h: Record<(typeof EDU_LEVELS)[number], number>) => value && setValue({ ...value, minHours: { ...h } });

  return (
    <Card title={t('edu.settings.title')} loading={!value} data-testid="edu-settings">
      {value ? (
        <Form layout="vertical" onFinish={() => void save()} disabled={!canEdit || busy}>
          <Typography.Paragraph type="secondary" data-testid="edu-settings-source">
            {t('edu.settings.source', { a: Object.values(DEFAULT_EDU_HOURS).join('/'), b: Object.values(ALTERNATIVE_EDU_HOURS).join('/') })}
          </Typography.Paragraph>
          {EDU_LEVELS.map((level) => (
            <Form.Item key={level} label={t(`edu.level.${level}`)} style={{ marginBottom: 8 }}>
              <Flex gap={12} align="center" wrap>
                <InputNumber
                  min={0}
                  max={200}
                  step={1}
                  value={value.minHours[level]}
                  onChange={(v) => setValue({ ...value, minHours: { ...value.minHours, [level]: v ?? 0 } })}
                  suffix={t('edu.hoursUnit')}
                  className="number-input"
                  data-testid={`edu-hours-${level}`}
                />
                <Flex gap={6} align="center">
                  <Switch
                    size="small"
                    checked={value.passRequired[level]}
                    onChange={(on) => setValue({ ...value, passRequired: { ...value.passRequired, [level]: on } })}
                    data-testid={`edu-pass-${level}`}
                  />
                  <span>{t('edu.settings.passRequired')}</span>
                </Flex>
              </Flex>
            </Form.Item>
          ))}
          <Flex gap={8} wrap style={{ marginBottom: 12 }}>
            <Button size="small" onClick={() => hoursSet(DEFAULT_EDU_HOURS)} data-testid="edu-hours-default">
              {t('edu.settings.useSet', { set: Object.values(DEFAULT_EDU_HOURS).join('/') })}
            </Button>
            <Button size="small" onClick={() => hoursSet(ALTERNATIVE_EDU_HOURS)} data-testid="edu-hours-alternative">
              {t('edu.settings.useSet', { set: Object.values(ALTERNATIVE_EDU_HOURS).join('/') })}
            </Button>
          </Flex>
          <Typography.Paragraph type="secondary">{t('edu.settings.passNote')}</Typography.Paragraph>
          <Form.Item label={t('edu.settings.allowOther')} extra={t('edu.settings.allowOtherHelp')}>
            <Switch checked={value.allowOtherSessions} onChange={(on) => setValue({ ...value, allowOtherSessions: on })} data-testid="edu-allow-other" />
          </Form.Item>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
          <Button htmlType="submit" type="primary" loading={busy} data-testid="edu-settings-save">
            {t('common.save')}
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}
