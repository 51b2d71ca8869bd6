import { ArrowRightOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JsonValue } from '../../../../shared/contract/audit-types';
import { diffLines } from './diff';

/** Fields whose stored codes read better translated. */
const CODED = new Set(['status', 'sex', 'role', 'idType']);

function Value({ value, field, className }: { value: JsonValue | undefined; field: string; className: string }) {
  const { t } = useTranslation();
  if (value === undefined || value === null || value === '') return <span className="audit-empty">{t('trustui.audit.empty')}</span>;
  let text: string;
  if (typeof value === 'boolean') text = value ? t('trustui.audit.yes') : t('trustui.audit.no');
  else if (typeof value === 'string' && CODED.has(field)) text = t(`trustui.value.${field}.${value}`, { defaultValue: value });
  else if (typeof value === 'string' || typeof value === 'number') text = String(value);
  else text = JSON.stringify(value);
  return (
    <bdi className={className} dir="auto">
      {text}
    </bdi>
  );
}

/** An audit row's before and after as a readable change list: field: before → after. */
export function AuditDiff({ before, after }: { before: JsonValue; after: JsonValue }) {
  const { t } = useTranslation();
  const lines = diffLines(before, after);
  if (lines.length === 0) return <Typography.Text type="secondary">{t('trustui.audit.noDetail')}</Typography.Text>;
  return (
    <dl className="audit-diff" data-testid="audit-diff">
      {lines.map((l) => (
        <div key={l.field} className="audit-diff-line" data-testid="audit-diff-line">
          <dt>{l.field ? t(`trustui.field.${l.field}`, { defaultValue: l.field }) : t('trustui.audit.value')}</dt>
          <dd>
            {before !== null ? <Value value={l.before} field={l.field} className="audit-before" /> : null}
            {before !== null && after !== null ? <ArrowRightOutlined className="audit-arrow flip-rtl" aria-label={t('trustui.audit.becomes')} /> : null}
            {after !== null ? <Value value={l.after} field={l.field} className="audit-after" /> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
