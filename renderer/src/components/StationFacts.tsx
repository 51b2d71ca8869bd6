import { Descriptions } from 'antd';

interface Props {
  labels: { name: string; version: string; schema: string };
  name: string;
  version: string;
  schemaVersion: number;
}

export function StationFacts({ labels, name, version, schemaVersion }: Props) {
  return (
    <Descriptions
      column={{ xs: 1, md: 3 }}
      bordered
      size="middle"
      items={[
        { key: 'name', label: labels.name, children: <span data-testid="station-name">{name}</span> },
        { key: 'version', label: labels.version, children: <span data-testid="app-version">{version}</span> },
        { key: 'schema', label: labels.schema, children: <span data-testid="schema-version">{schemaVersion}</span> },
      ]}
    />
  );
}
