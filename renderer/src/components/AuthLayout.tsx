import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { BrandMark } from './BrandMark';

interface Props {
  appName: string;
  title: string;
  subtitle?: string;
  /** The language switcher: setup and sign-in are where a newcomer most needs it. */
  toolbar: ReactNode;
  children: ReactNode;
}

/** The frame of the screens seen before signing in: a card on the station's colours. */
export function AuthLayout({ appName, title, subtitle, toolbar, children }: Props) {
  return (
    <Flex vertical align="center" className="auth-page">
      <Flex justify="flex-end" className="auth-toolbar">
        {toolbar}
      </Flex>
      <Card className="auth-card">
        <Flex vertical align="center" gap={8} className="auth-head">
          <BrandMark size={48} />
          <Typography.Text type="secondary">{appName}</Typography.Text>
          <Typography.Title level={3} className="auth-title">
            {title}
          </Typography.Title>
          {subtitle ? <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph> : null}
        </Flex>
        {children}
      </Card>
    </Flex>
  );
}
