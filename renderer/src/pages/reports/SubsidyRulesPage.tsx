import { DateInput } from '../../forms/DateInput';
import { Alert, App, Button, Card, Flex, Input, InputNumber, Popconfirm, Select, Space, Switch, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationSettings } from '../../../../shared/contract/records';
import { blankRule, DEFAULT_SUBSIDY_RULES, SUBSIDY_KINDS, type RuleSource, type SubsidyRule, type SubsidyRules } from '../../../../shared/contract/subsidy-rules';
import { CONTENT_CATEGORIES, HIGH_RISK_POSTS, NATIONAL_TRAINING_TYPES, SKILL_LEVELS, type SkillLevel } from '../../../../shared/domain/vocab';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/errorText';
import { useIsAdmin } from '../../records/useIsAdmin';
import { useStation } from '../../state/station';
import { ReportsNav } from './ReportsNav';
import { useLoad } from './useLoad';

/** `002 五（九）`, as the list cites it. */
export const clauseText = (s: RuleSource) => (s.seed ? `${s.seed} ${s.clause}` : s.clause);

/** The sentence a rule applies, in the notice's own Chinese, with where it comes from. */
export function ClauseQuote({ source, testId }: { source: RuleSource; testId?: string }) {
  const { t } = useTranslation();
  return (
    <blockquote className="subsidy-clause" data-testid={testId}>
      <Typography.Text type="secondary" className="subsidy-clause-source">
        {source.seed ? t('reportsui.rules.fromSeed', { seed: source.seed }) : null}
        <span lang="zh-CN" dir="ltr">
          《{source.document}》{source.clause}
        </span>
      </Typography.Text>
      <div lang="zh-CN" dir="ltr" className="subsidy-clause-text">
        {source.text}
      </div>
    </blockquote>
  );
}

const numberOrNull = (v: number | string | null) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The station's subsidy rules: each with the clause it applies word for word, its amount, hours and
 * conditions; an admin edits them (saved through station.updateSettings, which the audit log
 * records), trainers read them.
 */
export function SubsidyRulesPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const isAdmin = useIsAdmin();
  const { current } = useStation();
  const stationId = current?.id;
  const loaded = useLoad<StationSettings>(() => (stationId ? call('station.settings', { stationId }) : null), [stationId]);
  const [draft, setDraft] = useState<SubsidyRules | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(loaded.data ? structuredClone(loaded.data.subsidyRules) : null), [loaded.data]);

  const ruleName = (r: SubsidyRule) => (i18n.exists(`reportsui.rule.${r.code}`) ? t(`reportsui.rule.${r.code}`) : r.nameZh);
  const edit = (code: string, patch: Partial<SubsidyRule>) =>
    setDraft((d) => (d ? { ...d, rules: d.rules.map((r) => (r.code === code ? { ...r, ...patch } : r)) } : d));
  const readOnly = !isAdmin;

  async function save(next: SubsidyRules) {
    if (!stationId) return;
    setSaving(true);
    const r = await call('station.updateSettings', { stationId, subsidyRules: next });
    setSaving(false);
    if (r.ok) {
      setError(null);
      void message.success(t('reportsui.rules.saved'));
      loaded.reload();
    } else {
      const fields = (r.error.details?.fields as { path: string; message: string }[] | undefined) ?? [];
      const m = errorMessage(r.error);
      setError([t(m.key, m.vars ?? {}), ...fields.map((f) => `${f.path}: ${f.message}`)].join(' · '));
    }
  }

  function levelAmounts(r: SubsidyRule) {
    const levels: readonly SkillLevel[] = r.basis === 'apprenticeship' ? ['L4', 'L3', 'L2', 'L1'] : r.levels.length ? r.levels : SKILL_LEVELS.slice(0, 5);
    return (
      <Space wrap>
        {levels.map((l) => (
          <Space.Compact key={l}>
            <Space.Addon>{t(`level.${l}`)}</Space.Addon>
            <InputNumber
              data-testid={`rule-${r.code}-yuan-${l}`}
              disabled={readOnly}
              value={r.yuanByLevel[l] ?? null}
              onChange={(v) => {
                const next = { ...r.yuanByLevel };
                const n = numberOrNull(v);
                if (n === null) delete next[l];
                else next[l] = n;
                edit(r.code, { yuanByLevel: next });
              }}
              style={{ width: 110 }}
            />
          </Space.Compact>
        ))}
      </Space>
    );
  }

  return (
    <ReportsNav testId="subsidy-rules-page">
      <Typography.Paragraph type="secondary">{t('reportsui.rules.help')}</Typography.Paragraph>
      {loaded.error ? <Alert type="error" showIcon title={loaded.error} /> : null}
      {error ? <Alert type="error" showIcon title={error} data-testid="rules-error" /> : null}
      {draft ? (
        <>
          <Card size="small" title={t('reportsui.rules.capTitle')} data-testid="rules-cap">
            <Flex vertical gap={8}>
              <ClauseQuote source={draft.capSource} />
              <Space wrap size="large">
                <label>
                  {t('reportsui.rules.maxPerYear')}{' '}
                  <InputNumber min={1} max={20} precision={0} disabled={readOnly} value={draft.maxPerYear} onChange={(v) => setDraft({ ...draft, maxPerYear: numberOrNull(v) ?? 1 })} data-testid="rules-max-per-year" />
                </label>
                <label>
                  <Switch size="small" disabled={readOnly} checked={draft.onePerKind} onChange={(v) => setDraft({ ...draft, onePerKind: v })} /> {t('reportsui.rules.onePerKind')}
                </label>
                <label>
                  <Switch size="small" disabled={readOnly} checked={draft.oncePerOccupationLevel} onChange={(v) => setDraft({ ...draft, oncePerOccupationLevel: v })} />{' '}
                  {t('reportsui.rules.oncePerOccupationLevel')}
                </label>
              </Space>
            </Flex>
          </Card>
          {draft.rules.map((r) => (
            <Card
              key={r.code}
              size="small"
              data-testid={`rule-${r.code}`}
              title={
                <Space wrap>
                  <span>{ruleName(r)}</span>
                  <Tag>
                    <span lang="zh-CN" dir="ltr">
                      {clauseText(r.source)}
                    </span>
                  </Tag>
                  <Tag color="blue">{t(`reportsui.kind.${r.kind}`)}</Tag>
                </Space>
              }
              extra={
                <label>
                  <Switch size="small" disabled={readOnly} checked={r.enabled} onChange={(v) => edit(r.code, { enabled: v })} data-testid={`rule-${r.code}-enabled`} /> {t('reportsui.rules.enabled')}
                </label>
              }
            >
              <Flex vertical gap={8}>
                {r.source.seed ? (
                  <ClauseQuote source={r.source} testId={`rule-${r.code}-clause`} />
                ) : (
                  <Space wrap>
                    <Space.Compact style={{ width: 280 }}>
                      <Space.Addon>{t('reportsui.rules.name')}</Space.Addon>
                      <Input disabled={readOnly} value={r.nameZh} onChange={(e) => edit(r.code, { nameZh: e.target.value })} />
                    </Space.Compact>
                    <Space.Compact style={{ width: 320 }}>
                      <Space.Addon>{t('reportsui.rules.document')}</Space.Addon>
                      <Input disabled={readOnly} value={r.source.document} onChange={(e) => edit(r.code, { source: { ...r.source, document: e.target.value } })} />
                    </Space.Compact>
                    <Space.Compact style={{ width: 200 }}>
                      <Space.Addon>{t('reportsui.rules.clause')}</Space.Addon>
                      <Input disabled={readOnly} value={r.source.clause} onChange={(e) => edit(r.code, { source: { ...r.source, clause: e.target.value } })} />
                    </Space.Compact>
                    <Input.TextArea disabled={readOnly} placeholder={t('reportsui.rules.text')} value={r.source.text} onChange={(e) => edit(r.code, { source: { ...r.source, text: e.target.value } })} autoSize style={{ width: 600 }} />
                  </Space>
                )}
                <Space wrap size="large">
                  {r.basis === 'hours' ? (
                    <label>
                      {t('reportsui.rules.minHours')}{' '}
                      <InputNumber min={0} max={2000} disabled={readOnly} value={r.minHours} onChange={(v) => edit(r.code, { minHours: numberOrNull(v) ?? 0 })} data-testid={`rule-${r.code}-hours`} />
                    </label>
                  ) : null}
                  {r.basis === 'hours' || r.basis === 'certificate' ? (
                    <label>
                      {t('reportsui.rules.yuan')}{' '}
                      <InputNumber
                        data-testid={`rule-${r.code}-yuan`}
                        disabled={readOnly}
                        value={r.yuan}
                        placeholder={t('reportsui.rules.noAmount')}
                        onChange={(v) => edit(r.code, { yuan: numberOrNull(v) })}
                        style={{ width: 160 }}
                      />
                      {r.upTo ? <Typography.Text type="secondary"> {t('reportsui.rules.upTo')}</Typography.Text> : null}
                    </label>
                  ) : null}
                  <label>
                    {t('reportsui.rules.kind')}{' '}
                    <Select disabled={readOnly} value={r.kind} onChange={(v) => edit(r.code, { kind: v })} options={SUBSIDY_KINDS.map((k) => ({ value: k, label: t(`reportsui.kind.${k}`) }))} style={{ width: 200 }} />
                  </label>
                  <label>
                    <Switch size="small" disabled={readOnly} checked={r.requiresPass} onChange={(v) => edit(r.code, { requiresPass: v })} data-testid={`rule-${r.code}-pass`} /> {t('reportsui.rules.requiresPass')}
                  </label>
                </Space>
                {r.basis !== 'hours' && (Object.keys(r.yuanByLevel).length || r.basis === 'apprenticeship') ? levelAmounts(r) : null}
                {r.basis === 'hours' ? (
                  <Space wrap>
                    <Select
                      mode="multiple"
                      disabled={readOnly}
                      placeholder={t('reportsui.rules.categories')}
                      value={r.categories}
                      onChange={(v) => edit(r.code, { categories: v })}
                      options={CONTENT_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
                      style={{ minWidth: 260 }}
                    />
                    <Select
                      mode="multiple"
                      disabled={readOnly}
                      placeholder={t('reportsui.rules.nationalTypes')}
                      value={r.nationalTypes}
                      onChange={(v) => edit(r.code, { nationalTypes: v })}
                      options={NATIONAL_TRAINING_TYPES.map((c) => ({ value: c, label: t(`nationalType.${c}`) }))}
                      style={{ minWidth: 260 }}
                    />
                    <Select
                      disabled={readOnly}
                      value={r.leveled}
                      onChange={(v) => edit(r.code, { leveled: v })}
                      options={(['any', 'yes', 'no'] as const).map((v) => ({ value: v, label: t(`reportsui.rules.leveled.${v}`) }))}
                      style={{ width: 200 }}
                    />
                  </Space>
                ) : null}
                {r.basis === 'certificate' ? (
                  <Space wrap size="large">
                    <label>
                      {t('reportsui.rules.issuedOnOrAfter')}{' '}
                      <DateInput disabled={readOnly} value={r.issuedOnOrAfter ?? ''} onChange={(v) => edit(r.code, { issuedOnOrAfter: v || null })} style={{ width: 170 }} />
                    </label>
                    <label>
                      {t('reportsui.rules.minInsuranceMonths')}{' '}
                      <InputNumber min={0} max={600} precision={0} disabled={readOnly} value={r.minInsuranceMonths} onChange={(v) => edit(r.code, { minInsuranceMonths: numberOrNull(v) })} data-testid={`rule-${r.code}-insurance`} />
                    </label>
                  </Space>
                ) : null}
                <Space wrap>
                  <label>
                    <Switch size="small" disabled={readOnly} checked={r.highRiskPosts !== null} onChange={(v) => edit(r.code, { highRiskPosts: v ? [...HIGH_RISK_POSTS] : null })} /> {t('reportsui.rules.highRiskOnly')}
                  </label>
                  {r.highRiskPosts ? (
                    <Select
                      mode="multiple"
                      disabled={readOnly}
                      value={r.highRiskPosts}
                      onChange={(v) => edit(r.code, { highRiskPosts: v })}
                      options={HIGH_RISK_POSTS.map((p) => ({ value: p, label: t(`highRiskPost.${p}`) }))}
                      style={{ minWidth: 360 }}
                    />
                  ) : null}
                </Space>
                {r.tradeCategories ? (
                  <Typography.Text type="secondary">
                    {t('reportsui.rules.fields')} <span lang="zh-CN">{[...r.tradeCategories, ...r.tradeNames].join('、')}</span>
                  </Typography.Text>
                ) : null}
              </Flex>
            </Card>
          ))}
          {isAdmin ? (
            <Flex gap={8} wrap>
              <Button type="primary" loading={saving} onClick={() => void save(draft)} data-testid="rules-save">
                {t('reportsui.rules.save')}
              </Button>
              <Button
                onClick={() => {
                  const n = draft.rules.filter((r) => r.code.startsWith('local_')).length + 1;
                  setDraft({ ...draft, rules: [...draft.rules, blankRule(`local_${n}`)] });
                }}
                data-testid="rules-add"
              >
                {t('reportsui.rules.add')}
              </Button>
              <Popconfirm title={t('reportsui.rules.resetConfirm')} onConfirm={() => void save(structuredClone(DEFAULT_SUBSIDY_RULES))}>
                <Button danger>{t('reportsui.rules.reset')}</Button>
              </Popconfirm>
            </Flex>
          ) : null}
        </>
      ) : null}
    </ReportsNav>
  );
}
