import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HubAttendeeView } from '../../../shared/contract/hub-views';
import { hubTime } from './format';

/** One session's sign-in sheet as the hub holds it: read-only, the ID numbers masked by the station. */
export function SignInSheet({ attendees }: { attendees: HubAttendeeView[] }) {
  const { t } = useTranslation();
  return (
    <Table<HubAttendeeView>
      rowKey={(a) => `${a.name}|${a.idMasked}|${a.signedIn ?? ''}`}
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={attendees}
      data-testid="hub-signin-sheet"
      columns={[
        { title: t('hub.ui.name'), dataIndex: 'name' },
        { title: t('hub.ui.idNumber'), render: (_v, a) => <span dir="ltr" className="id-masked">{a.idMasked}</span> },
        { title: t('hub.ui.attendance'), render: (_v, a) => <Tag color={a.status === 'present' ? 'green' : 'default'}>{t(`history.status.${a.status}`)}</Tag> },
        {
          title: t('hub.ui.signedIn'),
          render: (_v, a) => (
            <>
              <span dir="ltr">{hubTime(a.signedIn)}</span> {a.late ? <Tag color="orange">{t('hub.ui.late')}</Tag> : null}
            </>
          ),
        },
        {
          title: t('hub.ui.signedOut'),
          render: (_v, a) => (
            <>
              <span dir="ltr">{hubTime(a.signedOut)}</span> {a.signOutAuto ? <Tag>{t('hub.ui.autoOut')}</Tag> : null}
            </>
          ),
        },
        { title: t('hub.ui.hours'), align: 'end', render: (_v, a) => (a.hours === null ? '—' : a.hours) },
      ]}
    />
  );
}
