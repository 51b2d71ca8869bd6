import { Alert, Button, Card, Flex, Input, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TalkTopic } from '../../../../shared/contract/safety-education-types';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/errorText';
import { useStation } from '../../state/station';

/**
 * 班前讲话 in two taps: the team, then a recent topic (or a new one typed once). The talk opens at once
 * (today's planned talk of the team's series, else a new session) and the live view takes the sign-ins.
 */
export function TalksPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const stationId = useStation().current?.id;
  const [teams, setTeams] = useState<string[]>([]);
  const [team, setTeam] = useState<string | null>(() => localStorage.getItem('talks.team'));
  const [topics, setTopics] = useState<TalkTopic[]>([]);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!stationId) return;
    void call('workers.teams', { stationId }).then((r) => r.ok && setTeams(r.value.teams));
  }, [stationId]);
  useEffect(() => {
    if (!stationId) return;
    void call('talks.topics', { stationId, team: team ?? '' }).then((r) => r.ok && setTopics(r.value));
  }, [stationId, team]);

  const start = async (topic: string) => {
    if (!stationId || !team || !topic.trim()) return;
    setBusy(topic);
    const r = await call('talks.start', { stationId, team, topic: topic.trim() });
    setBusy(null);
    if (!r.ok) {
      const m = errorMessage(r.error);
      return setError(t(m.key, m.vars ?? {}));
    }
    navigate(`/sessions/${r.value.id}/live`);
  };

  return (
    <Flex vertical gap={16} data-testid="talks-page">
      <Typography.Title level={3} className="page-title">
        {t('talks.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('talks.help')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      <Card size="small" title={t('talks.step.team')}>
        <Select<string>
          showSearch
          style={{ minWidth: 260 }}
          value={team ?? undefined}
          placeholder={t('talks.pickTeam')}
          onChange={(v) => {
            setTeam(v);
            localStorage.setItem('talks.team', v);
          }}
          options={teams.map((x) => ({ value: x, label: x }))}
          data-testid="talks-team"
        />
      </Card>
      <Card size="small" title={t('talks.step.topic')}>
        <Flex vertical gap={12}>
          <Flex gap={8} wrap data-testid="talks-topics">
            {topics.length === 0 ? <Typography.Text type="secondary">{t('talks.noTopics')}</Typography.Text> : null}
            {topics.map((x) => (
              <Button
                key={x.title}
                size="large"
                disabled={!team}
                loading={busy === x.title}
                onClick={() => void start(x.title)}
                data-testid="talks-topic"
                title={t('talks.lastGiven', { date: x.lastAt.slice(0, 10), team: x.team })}
              >
                <bdi>{x.title}</bdi>
              </Button>
            ))}
          </Flex>
          <Flex gap={8}>
            <Input maxLength={100} value={typed} onChange={(e) => setTyped(e.target.value)} placeholder={t('talks.newTopic')} onPressEnter={() => void start(typed)} data-testid="talks-new-topic" />
            <Button type="primary" disabled={!team || !typed.trim()} loading={busy === typed.trim()} onClick={() => void start(typed)} data-testid="talks-start">
              {t('talks.start')}
            </Button>
          </Flex>
        </Flex>
      </Card>
    </Flex>
  );
}
