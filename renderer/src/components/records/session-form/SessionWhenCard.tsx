import { Alert, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Radio, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ClockInput } from '../../../forms/ClockInput';
import { HHMM } from '../../../records/attendanceTimes';
import type { RepeatKind } from '../../../records/sessionForm';
import { crossesMidnight, liveClassHours, toRange } from '../../../records/sessionTimes';
import { DateInput } from '../../../forms/DateInput';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

/** When: the date and times, the class hours they make (or an override), and a new session's repetition. */
export function SessionWhenCard({
  date,
  start,
  end,
  perHour,
  overrideHours,
  repeat,
  creating,
}: {
  date: string;
  start: string;
  end: string;
  perHour: number;
  overrideHours: boolean;
  repeat: RepeatKind;
  creating: boolean;
}) {
  const { t } = useTranslation();
  const times = { date, start, end };
  const computed = liveClassHours(times, perHour);
  // The 24-hour clock, whatever the browser's language would make of a time input (AM/PM).
  const clockRule = { pattern: HHMM, message: t('liveAdmin.correct.clockFormat') };
  return (
    <Card size="small" type="inner" title={t('sessionPage.when')} className="inner-card">
      <Row gutter={16} align="top">
        <Col xs={24} sm={8}>
          <Form.Item name="date" label={t('sessionPage.date')} rules={[{ required: true, message: t('field.required') }]}>
            <DateInput className="full-width" data-testid="session-date" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={5}>
          <Form.Item name="start" label={t('sessionPage.start')} rules={[{ required: true, message: t('field.required') }, clockRule]}>
            <ClockInput data-testid="session-start" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={5}>
          <Form.Item name="end" label={t('sessionPage.end')} rules={[{ required: true, message: t('field.required') }, clockRule]}>
            <ClockInput data-testid="session-end" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={6}>
          <Form.Item label={t('sessionPage.classHours')}>
            <Typography.Text strong data-testid="session-hours">
              {computed === null ? '—' : t('sessionPage.hoursComputed', { hours: computed, minutes: perHour })}
            </Typography.Text>
          </Form.Item>
        </Col>
      </Row>
      {crossesMidnight(times) ? (
        <Alert
          type="info"
          showIcon
          className="form-alert"
          data-testid="session-overnight"
          title={t('sessionPage.overnight', { end, date: toRange(times)?.endsAt.slice(0, 10) ?? '' })}
        />
      ) : null}
      <Flex gap={16} align="center" wrap>
        <Form.Item name="overrideHours" valuePropName="checked" noStyle>
          <Checkbox>{t('sessionPage.overrideHours')}</Checkbox>
        </Form.Item>
        {overrideHours ? (
          <Form.Item name="classHoursOverride" noStyle>
            <InputNumber min={0} max={24} step={0.5} suffix={t('sessionPage.hoursUnit')} className="number-input" data-testid="session-hours-override" />
          </Form.Item>
        ) : null}
      </Flex>
      {creating ? <RepeatFields repeat={repeat} /> : null}
    </Card>
  );
}

/** A new session as a series: daily (weekends skipped or not) or on chosen weekdays, until a date. */
function RepeatFields({ repeat }: { repeat: RepeatKind }) {
  const { t } = useTranslation();
  return (
    <div className="repeat-block">
      <Form.Item name="repeat" label={t('sessionPage.repeat')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'none', label: t('sessionPage.repeatNone') },
            { value: 'daily', label: t('sessionPage.repeatDaily') },
            { value: 'weekly', label: t('sessionPage.repeatWeekly') },
          ]}
          data-testid="session-repeat"
        />
      </Form.Item>
      {repeat !== 'none' ? (
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="until" label={t('sessionPage.until')}>
              <DateInput className="full-width" data-testid="session-until" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            {repeat === 'daily' ? (
              <Form.Item name="skipWeekends" valuePropName="checked" label=" ">
                <Checkbox>{t('sessionPage.skipWeekends')}</Checkbox>
              </Form.Item>
            ) : (
              <Form.Item name="weekdays" label={t('sessionPage.weekdays')}>
                <Checkbox.Group options={WEEKDAYS.map((d) => ({ value: d, label: t(`sessionPage.weekday.${d}`) }))} />
              </Form.Item>
            )}
          </Col>
        </Row>
      ) : null}
    </div>
  );
}
