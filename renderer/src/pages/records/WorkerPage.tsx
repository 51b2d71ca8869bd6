import { useLocalisedForm } from '../../forms/useLocalisedForm';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Form, Popconfirm, Row, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { WorkerDetail, WorkerFields } from '../../../../shared/contract/records';
import { call } from '../../api/client';
import { WorkerFormFields, type IdCheckState } from '../../components/records/WorkerFormFields';
import { WorkerCertificates } from '../../components/records/WorkerCertificates';
import { WorkerEduCard } from '../../components/safety-education/WorkerEduCard';
import { WorkerHistory } from '../../components/records/WorkerHistory';
import { WorkerExamResults } from '../exams/WorkerExamResults';
import { WorkerPayments } from '../../components/records/WorkerPayments';
import { WorkerPhoto } from '../../components/records/WorkerPhoto';
import { WorkerStatusTag } from '../../components/records/WorkerStatusTag';
import { applyErrors } from '../../forms/applyErrors';
import { clearErrorsOnChange } from '../../records/clearErrors';
import { errorMessage } from '../../forms/errorText';
import { readAsBase64 } from '../../records/files';
import { checkId } from '../../records/idCheck';
import { useTrades } from '../../records/useCatalogue';
import { useDebounced } from '../../records/useDebounced';
import { useIsAdmin } from '../../records/useIsAdmin';
import { useStation } from '../../state/station';
import { MergeDialog } from './MergeDialog';
import { AnonymiseWorker } from '../../components/records/AnonymiseWorker';

type FormValues = Omit<WorkerFields, 'entryDate' | 'exitDate' | 'apprenticeFrom' | 'apprenticeTo'> & { entryDate: string; exitDate: string; apprenticeFrom: string; apprenticeTo: string };

const FIELD_NAMES = [
  'name', 'idType', 'idNumber', 'mobile', 'tradeId', 'skillLevel', 'employer', 'team', 'homeProvince', 'homeCounty',
  'homeTownship', 'mandarinLevel', 'traineeGroup', 'language', 'entryDate', 'exitDate', 'status',
  'highRiskPost', 'insuranceMonths', 'apprenticeLevel', 'apprenticeFrom', 'apprenticeTo',
] as const;
const FIELD_MAP = Object.fromEntries(FIELD_NAMES.map((k) => [`fields.${k}`, k]));

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
type PhotoType = (typeof PHOTO_TYPES)[number];
const MAX_PHOTO = 2 * 1024 * 1024;

const BLANK: FormValues = {
  name: '', idType: 'resident', idNumber: '', mobile: '', tradeId: null, skillLevel: null, employer: '', team: '',
  homeProvince: '', homeCounty: '', homeTownship: '', mandarinLevel: null, traineeGroup: null, language: 'zh-CN',
  entryDate: '', exitDate: '', status: 'on_site',
  highRiskPost: null, insuranceMonths: null, apprenticeLevel: null, apprenticeFrom: '', apprenticeTo: '',
};

function toForm(d: WorkerDetail): FormValues {
  const values = Object.fromEntries(FIELD_NAMES.map((k) => [k, d[k]])) as unknown as WorkerFields;
  return { ...values, entryDate: d.entryDate ?? '', exitDate: d.exitDate ?? '', apprenticeFrom: d.apprenticeFrom ?? '', apprenticeTo: d.apprenticeTo ?? '' };
}

function toFields(v: FormValues): WorkerFields {
  return {
    ...v,
    tradeId: v.tradeId ?? null,
    skillLevel: v.skillLevel ?? null,
    mandarinLevel: v.mandarinLevel ?? null,
    traineeGroup: v.traineeGroup ?? null,
    entryDate: v.entryDate || null,
    exitDate: v.exitDate || null,
    highRiskPost: v.highRiskPost ?? null,
    insuranceMonths: v.insuranceMonths ?? null,
    apprenticeLevel: v.apprenticeLevel ?? null,
    apprenticeFrom: v.apprenticeFrom || null,
    apprenticeTo: v.apprenticeTo || null,
  };
}

/** The fields to send: a masked ID number or mobile left as shown is not sent (the stored one stays). */
function unmasked(fields: WorkerFields, detail: WorkerDetail | null): Partial<WorkerFields> {
  if (!detail || detail.idRevealed) return fields;
  return {
    ...fields,
    idNumber: fields.idNumber === detail.idNumber ? undefined : fields.idNumber,
    mobile: detail.mobile !== '' && fields.mobile === detail.mobile ? undefined : fields.mobile,
  };
}

interface Conflict {
  existingId: string;
  existingName: string;
}

/** One worker: create (/workers/new) or view and edit (/workers/:workerId), with the record's actions. */
export function WorkerPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { workerId } = useParams();
  const { current } = useStation();
  const isAdmin = useIsAdmin();
  const trades = useTrades(current?.id);
  const [form] = useLocalisedForm<FormValues>();
  const [detail, setDetail] = useState<WorkerDetail | null>(null);
  const [photo, setPhoto] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [photoBusy, setPhotoBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [deleteBlocked, setDeleteBlocked] = useState(false);
  const [merging, setMerging] = useState(false);
  const [idCheck, setIdCheck] = useState<IdCheckState>({ kind: 'idle' });
  const creating = workerId === undefined;

  const idType = Form.useWatch('idType', form) ?? 'resident';
  const idNumberRaw = Form.useWatch('idNumber', form) ?? '';
  const idNumber = useDebounced(idNumberRaw, 250);

  const load = useCallback(
    async (id: string, revealId = false) => {
      const r = await call('workers.get', { workerId: id, revealId });
      if (!r.ok) return setAlert(t(errorMessage(r.error).key));
      setDetail(r.value);
      form.setFieldsValue(toForm(r.value));
      if (r.value.hasPhoto) {
        const p = await call('workers.photo', { workerId: id });
        setPhoto(p.ok && p.value ? `data:${p.value.mime};base64,${p.value.base64}` : null);
      } else setPhoto(null);
    },
    [form, t],
  );

  useEffect(() => {
    setAlert(null);
    setConflict(null);
    setDeleteBlocked(false);
    if (workerId) void load(workerId);
    else {
      setDetail(null);
      setPhoto(null);
      form.setFieldsValue(BLANK);
    }
  }, [workerId, load, form]);

  // Live check: the number as typed, after a pause; a masked number from the server is not checked.
  useEffect(() => {
    const value = idNumber.trim();
    if (!value) return setIdCheck({ kind: 'idle' });
    if (detail && !detail.idRevealed && value === detail.idNumber) return setIdCheck({ kind: 'masked' });
    setIdCheck({ kind: 'done', check: checkId(idType, value) });
  }, [idType, idNumber, detail]);

  const save = async (values: FormValues) => {
    if (!current) return;
    setBusy(true);
    setAlert(null);
    setConflict(null);
    const fields = toFields(values);
    const r = creating
      ? await call('workers.create', { stationId: current.id, fields })
      : await call('workers.update', {
          workerId: workerId,
          // The masked numbers shown are not new numbers: leave the stored ones alone.
          fields: unmasked(fields, detail),
        });
    setBusy(false);
    if (!r.ok) {
      const existingId = r.error.details?.existingId;
      if (r.error.code === 'conflict' && typeof existingId === 'string') {
        const existingName = r.error.details?.existingName;
        setConflict({ existingId, existingName: typeof existingName === 'string' ? existingName : '' });
        form.setFields([{ name: 'idNumber', errors: [t('workerForm.duplicateId')] }]);
        return;
      }
      return setAlert(applyErrors(form, r.error, FIELD_MAP, t));
    }
    void message.success(t('settings.saved'));
    if (creating) navigate(`/workers/${r.value.id}`, { replace: true });
    else {
      setDetail(r.value);
      form.setFieldsValue(toForm(r.value));
    }
  };

  const pickPhoto = async (file: File) => {
    if (!detail) return;
    if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return void message.error(t('workerForm.photoType'));
    if (file.size > MAX_PHOTO) return void message.error(t('workerForm.photoSize'));
    setPhotoBusy(true);
    const base64 = await readAsBase64(file);
    const r = await call('workers.setPhoto', { workerId: detail.id, photo: { mime: file.type as PhotoType, base64 } });
    setPhotoBusy(false);
    if (!r.ok) return void message.error(t(errorMessage(r.error).key));
    setPhoto(`data:${file.type};base64,${base64}`);
  };

  const removePhoto = async () => {
    if (!detail) return;
    setPhotoBusy(true);
    const r = await call('workers.setPhoto', { workerId: detail.id, photo: null });
    setPhotoBusy(false);
    if (r.ok) setPhoto(null);
  };

  const act = async (run: () => ReturnType<typeof call<'workers.archive'>>, done: string) => {
    const r = await run();
    if (!r.ok) return void message.error(t(errorMessage(r.error).key));
    setDetail(r.value);
    form.setFieldsValue(toForm(r.value));
    void message.success(done);
  };

  const confirmArchive = (archived: boolean) =>
    modal.confirm({
      title: archived ? t('workerForm.archiveQuestion', { name: detail?.name ?? '' }) : t('workerForm.unarchiveQuestion', { name: detail?.name ?? '' }),
      content: archived ? t('workerForm.archiveHelp') : null,
      okText: archived ? t('workerForm.archive') : t('workerForm.unarchive'),
      cancelText: t('rec.cancel'),
      onOk: () => act(() => call('workers.archive', { workerId: detail!.id, archived }), t('settings.saved')),
    });

  const confirmReissue = () =>
    modal.confirm({
      title: t('workerForm.reissueQuestion', { name: detail?.name ?? '' }),
      content: t('workerForm.reissueHelp', { code: detail?.badgeCode ?? '' }),
      okText: t('workerForm.reissue'),
      cancelText: t('rec.cancel'),
      okButtonProps: { danger: true },
      onOk: () => act(() => call('workers.reissueBadge', { workerId: detail!.id }), t('workerForm.reissued')),
    });

  const remove = async () => {
    if (!detail) return;
    const r = await call('workers.delete', { workerId: detail.id });
    if (r.ok) {
      void message.success(t('workerForm.deleted'));
      return navigate('/workers');
    }
    if (r.error.code === 'conflict') setDeleteBlocked(true);
    else void message.error(t(errorMessage(r.error).key));
  };

  const reveal = async () => {
    if (!detail) return;
    await load(detail.id, true);
    void message.info(t('workerForm.revealRecorded'));
  };

  if (!current) return null;
  const title = creating ? t('workerForm.newTitle') : (detail?.name ?? '');
  return (
    <Flex vertical gap={16} data-testid="worker-page">
      <Flex align="center" gap={12} wrap>
        <Button icon={<ArrowLeftOutlined className="flip-rtl" />} onClick={() => navigate('/workers')} aria-label={t('rec.back')} />
        <Typography.Title level={2} className="page-title worker-title" dir="auto">
          {title}
        </Typography.Title>
        {detail ? <WorkerStatusTag status={detail.status} archived={detail.archivedAt !== null} /> : null}
        {detail ? (
          <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/worker-record/${detail.id}`)} data-testid="worker-record-print">
            {t('print.button.workerRecord')}
          </Button>
        ) : null}
      </Flex>
      {detail?.mergedInto ? (
        <Alert type="info" showIcon title={t('workerForm.mergedInto')} action={<Link to={`/workers/${detail.mergedInto}`}>{t('workerForm.openExisting')}</Link>} />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card>
            <Form<FormValues>
              form={form}
              layout="vertical"
              requiredMark={false}
              initialValues={BLANK}
              disabled={busy}
              onFinish={(v) => void save(v)}
              onValuesChange={clearErrorsOnChange(form)}
              data-testid="worker-form"
            >
              {alert ? <Alert type="error" showIcon title={alert} className="form-alert" /> : null}
              {conflict ? (
                <Alert
                  type="warning"
                  showIcon
                  className="form-alert"
                  data-testid="worker-conflict"
                  title={t('workerForm.duplicateIdNamed', { name: conflict.existingName })}
                  action={
                    <Link to={`/workers/${conflict.existingId}`} data-testid="worker-conflict-link">
                      {t('workerForm.openExisting')}
                    </Link>
                  }
                />
              ) : null}
              <WorkerFormFields trades={trades} idCheck={idCheck} autoFocus={creating} mobileMasked={!!detail && !detail.idRevealed && detail.mobile !== ''} />
              <Flex gap={8}>
                {/* Not before the station and the record are loaded: a save then would do nothing, or send blanks. */}
                <Button type="primary" htmlType="submit" loading={busy} disabled={!current || (!creating && detail?.id !== workerId)} data-testid="worker-save">
                  {creating ? t('rec.create') : t('common.save')}
                </Button>
                <Button onClick={() => navigate('/workers')}>{t('rec.cancel')}</Button>
              </Flex>
            </Form>
          </Card>
        </Col>
        {detail ? (
          <Col xs={24} xl={8}>
            <Flex vertical gap={16}>
              <Card>
                <Flex vertical gap={16}>
                  <WorkerPhoto src={photo} busy={photoBusy} onPick={(f) => void pickPhoto(f)} onRemove={() => void removePhoto()} />
                  <Descriptions
                    column={1}
                    size="small"
                    items={[
                      { key: 'badge', label: t('workerForm.badgeCode'), children: <span data-testid="worker-badge-code">{detail.badgeCode}</span> },
                      { key: 'id', label: t('workerForm.idNumber'), children: <span className="id-number" data-testid="worker-id-shown">{detail.idNumber}</span> },
                      { key: 'sex', label: t('workerForm.sexLabel'), children: detail.sex ? t(`workerForm.sex.${detail.sex}`) : '' },
                      // Beside a masked ID number only the year of birth (shared/domain/privacy); the date after a reveal.
                      detail.birthDate
                        ? { key: 'birth', label: t('workerForm.birthDate'), children: <span data-testid="worker-birth">{detail.birthDate}</span> }
                        : { key: 'birth', label: t('workerForm.birthYear'), children: <span data-testid="worker-birth">{detail.birthYear ?? ''}</span> },
                    ]}
                  />
                  {isAdmin && !detail.idRevealed ? (
                    <Popconfirm title={t('workerForm.revealQuestion')} okText={t('workerForm.reveal')} cancelText={t('rec.cancel')} onConfirm={() => void reveal()}>
                      <Button size="small" data-testid="worker-reveal">{t('workerForm.reveal')}</Button>
                    </Popconfirm>
                  ) : null}
                </Flex>
              </Card>
              <Card title={t('workerForm.actions')}>
                <Flex vertical gap={8} align="start">
                  <Button onClick={confirmReissue} data-testid="worker-reissue">{t('workerForm.reissue')}</Button>
                  {detail.archivedAt ? (
                    <Button onClick={() => confirmArchive(false)} data-testid="worker-unarchive">{t('workerForm.unarchive')}</Button>
                  ) : (
                    <Button onClick={() => confirmArchive(true)} data-testid="worker-archive">{t('workerForm.archive')}</Button>
                  )}
                  {isAdmin ? (
                    <Button onClick={() => setMerging(true)} data-testid="worker-merge">{t('workerForm.merge')}</Button>
                  ) : null}
                  {isAdmin ? (
                    <Popconfirm
                      title={t('workerForm.deleteQuestion', { name: detail.name })}
                      description={t('workerForm.deleteHelp')}
                      okText={t('workerForm.delete')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('rec.cancel')}
                      onConfirm={() => void remove()}
                    >
                      <Button danger data-testid="worker-delete">{t('workerForm.delete')}</Button>
                    </Popconfirm>
                  ) : null}
                  {isAdmin ? <AnonymiseWorker worker={detail} anonymise={() => call('workers.anonymise', { workerId: detail.id })} onDone={(w) => { setDetail(w); form.setFieldsValue(toForm(w)); setPhoto(null); }} /> : null}
                  {deleteBlocked ? (
                    <Alert
                      type="warning"
                      showIcon
                      title={t('workerForm.deleteBlocked')}
                      action={!detail.archivedAt ? <Button size="small" onClick={() => confirmArchive(true)}>{t('workerForm.archive')}</Button> : null}
                    />
                  ) : null}
                </Flex>
              </Card>
            </Flex>
          </Col>
        ) : null}
      </Row>
      {detail ? <WorkerHistory workerId={detail.id} /> : null}
      {detail ? <WorkerExamResults workerId={detail.id} /> : null}
      {detail ? <WorkerCertificates workerId={detail.id} stationId={current.id} /> : null}
      {detail ? <WorkerEduCard workerId={detail.id} /> : null}
      {detail ? <WorkerPayments workerId={detail.id} stationId={current.id} /> : null}
      {detail ? (
        <MergeDialog
          open={merging}
          keep={detail}
          onClose={() => setMerging(false)}
          onMerged={(kept) => {
            setDetail(kept);
            void message.success(t('workerForm.merged'));
          }}
        />
      ) : null}
    </Flex>
  );
}
