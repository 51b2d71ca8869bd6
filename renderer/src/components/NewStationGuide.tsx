import { Button, Empty, Steps, Typography } from 'antd';

export interface GuideStep {
  title: string;
  description: string;
}

interface Props {
  title: string;
  intro: string;
  steps: GuideStep[];
  actionLabel: string;
  onAction(): void;
}

/** What a brand-new station shows instead of empty tables: what to do next, in order. */
export function NewStationGuide({ title, intro, steps, actionLabel, onAction }: Props) {
  return (
    <Empty
      data-testid="empty-station"
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <Typography.Title level={4}>{title}</Typography.Title>
          <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
        </>
      }
    >
      <Steps
        orientation="vertical"
        size="small"
        current={0}
        items={steps.map((s) => ({ title: s.title, content: s.description }))}
        className="guide-steps"
      />
      <Button type="primary" onClick={onAction}>
        {actionLabel}
      </Button>
    </Empty>
  );
}
