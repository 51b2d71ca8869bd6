import { Button, Empty, Flex, Steps, Typography } from 'antd';

export interface GuideStep {
  key: string;
  title: string;
  description: string;
  /** What the step's buttons do: each opens the screen where that step is done. */
  actions: { label: string; onClick(): void }[];
}

interface Props {
  title: string;
  intro: string;
  steps: GuideStep[];
}

/**
 * What a brand-new station shows instead of empty tables: what to do next, in order, each step with
 * the button that does it (setup has just asked for the language and password, so nothing sends the
 * clerk back to settings).
 */
export function NewStationGuide({ title, intro, steps }: Props) {
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
        items={steps.map((s) => ({
          title: s.title,
          content: (
            <Flex vertical gap={8} align="start">
              <span>{s.description}</span>
              <Flex gap={8} wrap>
                {s.actions.map((a, i) => (
                  <Button key={a.label} type={i === 0 ? 'primary' : 'default'} size="small" onClick={a.onClick} data-testid={`guide-${s.key}-${i}`}>
                    {a.label}
                  </Button>
                ))}
              </Flex>
            </Flex>
          ),
        }))}
        className="guide-steps"
      />
    </Empty>
  );
}
