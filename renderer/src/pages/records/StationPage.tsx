import { PrinterOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row, Select, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { FiveHavesItem } from '../../../../shared/contract/records';
import { call, subscribe } from '../../api/client';
import { FiveHavesPanel } from '../../components/records/FiveHavesPanel';
import { useIsAdmin } from '../../records/useIsAdmin';
import { useStation } from '../../state/station';
import { NewStationButton } from './NewStationButton';
import { ProfileCard } from './StationProfileCard';
import { RulesCard } from './StationRulesCard';

export function StationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { stations, current, select } = useStation();
  const isAdmin = useIsAdmin();
  const [haves, setHaves] = useState<FiveHavesItem[] | null>(null);
  const stationId = current?.id;

  const loadHaves = useCallback(async () => {
    if (!stationId) return;
    const r = await call('station.fiveHaves', { stationId });
    if (r.ok) setHaves(r.value);
  }, [stationId]);

  useEffect(() => {
    void loadHaves();
    return subscribe((e) => {
      if (e.type === 'station.changed' || e.type === 'trainers.changed' || e.type === 'catalogue.changed') void loadHaves();
    });
  }, [loadHaves]);

  if (!current) return null;
  return (
    <Flex vertical gap={16} data-testid="station-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={2} className="page-title">
          {t('stationPage.title')}
        </Typography.Title>
        <Flex gap={8} align="center" wrap>
          {stations.length > 1 ? (
            <Select
              aria-label={t('stationPage.switch')}
              className="station-switch"
              value={current.id}
              onChange={select}
              options={stations.map((s) => ({ value: s.id, label: s.name }))}
              data-testid="station-switch"
            />
          ) : null}
          {isAdmin ? <NewStationButton /> : null}
          {/* The bureau's form lists every station of the unit, one row each. */}
          <Button icon={<PrinterOutlined />} onClick={() => navigate('/print/status-table')} data-testid="station-status-table">
            {t('print.button.statusTable')}
          </Button>
        </Flex>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <ProfileCard key={current.id} stationId={current.id} canEdit={isAdmin} onSaved={() => void loadHaves()} />
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <FiveHavesPanel items={haves} />
            <RulesCard key={current.id} stationId={current.id} canEdit={isAdmin} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
