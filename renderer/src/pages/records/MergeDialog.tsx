import { Alert, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkerDetail, WorkerListItem } from '../../../../shared/contract/records';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/errorText';
import { useDebounced } from '../../records/useDebounced';

interface Props {
  open: boolean;
  keep: WorkerDetail;
  onClose(): void;
  onMerged(kept: WorkerDetail): void;
}

/** Picks the duplicate record by search, then asks once more, naming both, before merging. */
export function MergeDialog({ open, keep, onClose, onMerged }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const [options, setOptions] = useState<WorkerListItem[]>([]);
  const [picked, setPicked] = useState<WorkerListItem | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open || !q) return setOptions([]);
    let live = true;
    void call('workers.search', {
      stationId: keep.stationId,
      q,
      status: 'all',
      includeArchived: true,
      sort: 'name',
      dir: 'asc',
      offset: 0,
      limit: 20,
    }).then((r) => {
      if (live && r.ok) setOptions(r.value.rows.filter((w) => w.id !== keep.id));
    });
    return () => {
      live = false;
    };
  }, [open, q, keep.stationId, keep.id]);

  const close = () => {
    setPicked(null);
    setConfirming(false);
    setText('');
    setError(null);
    onClose();
  };

  const merge = async () => {
    if (!picked) return;
    if (!confirming) return setConfirming(true);
    setBusy(true);
    const r = await call('workers.merge', { keepId: keep.id, mergeId: picked.id });
    setBusy(false);
    if (!r.ok) return setError(t(errorMessage(r.error).key));
    close();
    onMerged(r.value);
  };

  return (
    <Modal
      open={open}
      title={t('workerForm.merge')}
      okText={confirming ? t('workerForm.mergeConfirm') : t('rec.next')}
      okButtonProps={{ disabled: !picked, danger: confirming }}
      cancelText={t('rec.cancel')}
      confirmLoading={busy}
      onOk={() => void merge()}
      onCancel={close}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('workerForm.mergeHelp')}</Typography.Paragraph>
      <Select<string>
        showSearch
        autoFocus
        className="full-width"
        placeholder={t('workerList.searchPlaceholder')}
        filterOption={false}
        onSearch={setText}
        value={picked?.id}
        onChange={(id) => {
          setPicked(options.find((o) => o.id === id) ?? null);
          setConfirming(false);
        }}
        options={options.map((w) => ({ value: w.id, label: `${w.name} · ${w.idMasked} · ${w.team}` }))}
        notFoundContent={q ? t('workerList.noMatch') : null}
        data-testid="merge-search"
      />
      {confirming && picked ? (
        <Alert
          className="dialog-alert"
          type="warning"
          showIcon
          title={t('workerForm.mergeQuestion', { keep: `${keep.name} (${keep.idMasked})`, merge: `${picked.name} (${picked.idMasked})` })}
        />
      ) : null}
      {error ? <Alert className="dialog-alert" type="error" showIcon title={error} /> : null}
    </Modal>
  );
}
