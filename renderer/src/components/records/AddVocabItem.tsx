import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Space, Typography } from 'antd';
import { useState } from 'react';

interface Props {
  buttonLabel: string;
  placeholder: string;
  /** Resolves to an error message to show, or null when added. */
  onAdd(label: string): Promise<string | null>;
  testId?: string;
}

/** A small inline "add a category / kind" action: type a label, Enter adds it. */
export function AddVocabItem({ buttonLabel, placeholder, onAdd, testId }: Props) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    const label = value.trim();
    if (!label) return;
    setBusy(true);
    const problem = await onAdd(label);
    setBusy(false);
    setError(problem);
    if (!problem) {
      setValue('');
      setOpen(false);
    }
  };

  if (!open)
    return (
      <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid={testId}>
        {buttonLabel}
      </Button>
    );
  return (
    <Flex vertical gap={4}>
    <Space.Compact>
      <Input
        size="small"
        autoFocus
        maxLength={50}
        value={value}
        placeholder={placeholder}
        status={error ? 'error' : undefined}
        onChange={(e) => setValue(e.target.value)}
        onPressEnter={(e) => {
          e.preventDefault();
          void add();
        }}
        data-testid={testId ? `${testId}-input` : undefined}
      />
      <Button size="small" type="primary" loading={busy} onClick={() => void add()} icon={<PlusOutlined />} />
    </Space.Compact>
      {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
    </Flex>
  );
}
