import { Card, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInPhoto } from '../../../../shared/contract/evidence-types';
import { wallClockTime } from '../../../../shared/domain/time';
import { call, subscribe } from '../../api/client';

const box = { width: 96, height: 120, objectFit: 'cover' as const, borderRadius: 4, background: '#f0f0f0' };

/** The live view's sign-in photos, each beside the roster photo of the same worker: a proxy sign-in shows. */
export function SignInPhotosPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [photos, setPhotos] = useState<SignInPhoto[]>([]);
  const [tick, setTick] = useState(0);
  useEffect(() => subscribe((e) => e.type === 'attendance.changed' && e.sessionId === sessionId && setTick((n) => n + 1)), [sessionId]);
  useEffect(() => {
    let live = true;
    // The photo comes a moment after its sign-in: look again shortly after each change.
    const load = () => void call('evidence.sessionPhotos', { sessionId }).then((r) => live && r.ok && setPhotos(r.value));
    load();
    const again = setTimeout(load, 2500);
    return () => {
      live = false;
      clearTimeout(again);
    };
  }, [sessionId, tick]);
  if (photos.length === 0) return null;
  return (
    <Card size="small" title={t('evidence.live.title', { count: photos.length })} data-testid="evidence-live">
      <Flex wrap gap={16}>
        {photos.map((p) => (
          <Flex key={p.workerId} vertical gap={4} data-testid="evidence-pair">
            <Flex gap={6}>
              {p.rosterPhoto ? <img src={p.rosterPhoto} alt={t('evidence.live.roster')} title={t('evidence.live.roster')} style={box} /> : <Flex align="center" justify="center" style={box}><Typography.Text type="secondary">{t('evidence.live.none')}</Typography.Text></Flex>}
              <img src={p.photo} alt={t('evidence.live.signIn')} title={t('evidence.live.signIn')} style={box} data-testid="evidence-photo" />
            </Flex>
            <Typography.Text>
              <bdi>{p.name}</bdi> <span dir="ltr">{wallClockTime(p.takenAt)}</span>
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
