import { Col, Flex, Form, Input, Row, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The notice workers acknowledge at the kiosk, in each kiosk language: Chinese (required once any is
 * written), Uyghur (right to left) and English. A language left empty shows the Chinese at the kiosk.
 */
export function SessionNoticeFields({ hasAck }: { hasAck: boolean }) {
  const { t } = useTranslation();
  const required = ({ getFieldValue }: { getFieldValue(name: string): unknown }) => ({
    validator: (_rule: unknown, value: string | undefined) => {
      const other = [getFieldValue('ackTextUg'), getFieldValue('ackTextEn')].some((v) => typeof v === 'string' && v.trim() !== '');
      return other && !(value ?? '').trim() ? Promise.reject(new Error(t('sessionPage.ackZhRequired'))) : Promise.resolve();
    },
  });
  return (
    <>
      <Flex gap={8} align="center">
        <Form.Item name="hasAck" valuePropName="checked" noStyle>
          <Switch size="small" data-testid="session-has-ack" />
        </Form.Item>
        <Typography.Text>{t('sessionPage.ack')}</Typography.Text>
      </Flex>
      {hasAck ? (
        <>
          <Typography.Paragraph type="secondary" className="ack-help">
            {t('sessionPage.ackHelp')} {t('sessionPage.ackFallback')}
          </Typography.Paragraph>
          <Row gutter={16} className="ack-text">
            <Col xs={24} lg={8}>
              <Form.Item name="ackText" label={t('sessionPage.ackZh')} dependencies={['ackTextUg', 'ackTextEn']} rules={[required]}>
                <Input.TextArea lang="zh-CN" dir="ltr" autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} data-testid="session-ack-zh" />
              </Form.Item>
            </Col>
            <Col xs={24} lg={8}>
              <Form.Item name="ackTextUg" label={t('sessionPage.ackUg')}>
                <Input.TextArea lang="ug" dir="rtl" autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} className="ack-ug" data-testid="session-ack-ug" />
              </Form.Item>
            </Col>
            <Col xs={24} lg={8}>
              <Form.Item name="ackTextEn" label={t('sessionPage.ackEn')}>
                <Input.TextArea lang="en" dir="ltr" autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} data-testid="session-ack-en" />
              </Form.Item>
            </Col>
          </Row>
        </>
      ) : null}
    </>
  );
}
