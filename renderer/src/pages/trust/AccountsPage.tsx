import { useLocalisedForm } from '../../forms/useLocalisedForm';
import { UserAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Popconfirm, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountListItem } from '../../../../shared/contract/types';
import { call } from '../../api/client';
import { CreateAccountDialog, ResetDialog, type NewAccount, type NewAccountForm, type ResetKind } from '../../components/trust/AccountDialogs';
import { applyErrors } from '../../forms/applyErrors';
import { useSession } from '../../state/session';
import { errorText } from './format';
import './trust.css';

const CREATE_FIELDS = { username: 'username', displayName: 'displayName', password: 'password', pin: 'pin' } as const;

/** The station's accounts: the admin and the trainers; create, disable or enable, reset a password or PIN. */
export function AccountsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { state } = useSession();
  const me = state.status === 'ready' ? state.whoami.account?.id : undefined;
  const exists = useCallback((key: string) => i18n.exists(key), [i18n]);
  const [accounts, setAccounts] = useState<AccountListItem[] | null>(null);
  const [createForm] = useLocalisedForm<NewAccountForm>();
  const [resetForm] = useLocalisedForm<{ value: string; confirm: string }>();
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reset, setReset] = useState<{ kind: ResetKind; account: AccountListItem } | null>(null);

  const load = useCallback(async () => {
    const r = await call('accounts.list', {});
    if (!r.ok) return void message.error(errorText(t, exists, r.error));
    setAccounts(r.value);
  }, [message, t, exists]);

  useEffect(() => {
    void load();
  }, [load]);

  const create = async (account: NewAccount) => {
    setBusy(true);
    setError(null);
    const r = await call('accounts.create', account);
    setBusy(false);
    if (!r.ok) {
      // A taken user name is a conflict that names its field: show it there, like the form's own checks.
      const placeable = r.error.code === 'conflict' && r.error.details?.fields ? { ...r.error, code: 'invalid_input' as const } : r.error;
      return setError(applyErrors(createForm, placeable, CREATE_FIELDS, t));
    }
    setCreating(false);
    void message.success(t('trustui.accounts.created', { name: r.value.username }));
    void load();
  };

  const update = async (account: AccountListItem, patch: { disabled?: boolean; newPassword?: string; newPin?: string | null }, done: string) => {
    const r = await call('accounts.update', { accountId: account.id, ...patch });
    if (!r.ok) {
      const text = errorText(t, exists, r.error);
      if (reset) setError(text);
      else void message.error(text);
      return false;
    }
    void message.success(done);
    void load();
    return true;
  };

  const submitReset = async (value: string) => {
    if (!reset) return;
    setBusy(true);
    setError(null);
    const patch = reset.kind === 'pin' ? { newPin: value } : { newPassword: value };
    const done = reset.kind === 'pin' ? t('trustui.accounts.pinReset', { name: reset.account.username }) : t('trustui.accounts.passwordReset', { name: reset.account.username });
    const ok = await update(reset.account, patch, done);
    setBusy(false);
    if (ok) setReset(null);
  };

  return (
    <Flex vertical gap={16} data-testid="accounts-page">
      <Typography.Title level={2} className="page-title">
        {t('trustui.accounts.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('trustui.accounts.intro')}</Typography.Paragraph>
      {accounts && !accounts.some((a) => a.hasPin && !a.disabled) ? (
        <Alert type="warning" showIcon data-testid="no-kiosk-pin" title={t('trustui.noKioskPin.title')} description={t('trustui.noKioskPin.body')} />
      ) : null}
      <Card
        title={t('trustui.accounts.listTitle')}
        extra={
          <Button
            type="primary"
            icon={<UserAddOutlined />}
            onClick={() => {
              setError(null);
              setCreating(true);
            }}
            data-testid="account-create"
          >
            {t('trustui.accounts.create')}
          </Button>
        }
      >
        <Table<AccountListItem>
          rowKey="id"
          dataSource={accounts ?? []}
          loading={accounts === null}
          pagination={false}
          data-testid="accounts-table"
          columns={[
            {
              title: t('trustui.accounts.username'),
              dataIndex: 'username',
              render: (v: string, a) => (
                <Flex gap={6} align="center">
                  <span className="trust-code">{v}</span>
                  {a.id === me ? <Tag color="gold">{t('trustui.accounts.you')}</Tag> : null}
                </Flex>
              ),
            },
            { title: t('trustui.accounts.displayName'), dataIndex: 'displayName', render: (v: string) => <bdi dir="auto">{v}</bdi> },
            { title: t('trustui.accounts.role'), dataIndex: 'role', render: (v: 'admin' | 'trainer') => <Tag color={v === 'admin' ? 'purple' : 'blue'}>{t(`trustui.value.role.${v}`)}</Tag> },
            {
              title: t('trustui.accounts.state'),
              dataIndex: 'disabled',
              render: (v: boolean) => (v ? <Tag color="red">{t('trustui.accounts.disabled')}</Tag> : <Tag color="green">{t('trustui.accounts.active')}</Tag>),
            },
            { title: t('trustui.accounts.pin'), dataIndex: 'hasPin', render: (v: boolean) => (v ? t('trustui.accounts.pinSet') : t('trustui.accounts.pinNone')) },
            {
              title: '',
              key: 'actions',
              render: (_: unknown, a) => (
                <Flex gap={8} wrap>
                  <Button size="small" onClick={() => { setError(null); setReset({ kind: 'password', account: a }); }} data-testid="account-reset-password">
                    {t('trustui.accounts.resetPassword')}
                  </Button>
                  <Button size="small" onClick={() => { setError(null); setReset({ kind: 'pin', account: a }); }} data-testid="account-reset-pin">
                    {a.hasPin ? t('trustui.accounts.resetPin') : t('trustui.accounts.setPin')}
                  </Button>
                  {a.hasPin ? (
                    <Popconfirm
                      title={t('trustui.accounts.clearPinQuestion', { name: a.username })}
                      okText={t('trustui.accounts.clearPin')}
                      cancelText={t('trustui.common.cancel')}
                      onConfirm={() => void update(a, { newPin: null }, t('trustui.accounts.pinCleared', { name: a.username }))}
                    >
                      <Button size="small">{t('trustui.accounts.clearPin')}</Button>
                    </Popconfirm>
                  ) : null}
                  {a.id === me ? null : a.disabled ? (
                    <Button size="small" onClick={() => void update(a, { disabled: false }, t('trustui.accounts.enabledDone', { name: a.username }))} data-testid="account-enable">
                      {t('trustui.accounts.enable')}
                    </Button>
                  ) : (
                    <Popconfirm
                      title={t('trustui.accounts.disableQuestion', { name: a.username })}
                      description={t('trustui.accounts.disableHelp')}
                      okText={t('trustui.accounts.disable')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('trustui.common.cancel')}
                      onConfirm={() => void update(a, { disabled: true }, t('trustui.accounts.disabledDone', { name: a.username }))}
                    >
                      <Button size="small" danger data-testid="account-disable">
                        {t('trustui.accounts.disable')}
                      </Button>
                    </Popconfirm>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <CreateAccountDialog open={creating} busy={busy} error={error} form={createForm} onCreate={(a) => void create(a)} onCancel={() => setCreating(false)} />
      <ResetDialog
        kind={reset?.kind ?? null}
        who={reset?.account.username ?? ''}
        busy={busy}
        error={error}
        form={resetForm}
        onReset={(v) => void submitReset(v)}
        onCancel={() => setReset(null)}
      />
    </Flex>
  );
}
