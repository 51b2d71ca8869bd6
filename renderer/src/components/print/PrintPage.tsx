import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Segmented, Spin, Typography } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../../shared/i18n/languages';
import { pageCss, type PageSetup } from '../../print/pageCss';
import { printPaper } from '../../print/printPaper';
import { clearPrintState, setPrintState, settle } from '../../print/printState';
import type { PaperLanguage } from '../../print/usePaperLanguage';
import { fontFamilyFor } from '../../theme';
import './paper.css';

interface Props {
  testId: string;
  /** Where "back" goes when the paper was opened directly (otherwise: the page it was opened from). */
  backTo: string;
  /** The data is on screen (or failed to come): the page may say it is ready to print. */
  settled: boolean;
  error?: string | null;
  /** Suggested PDF file name in the desktop app. */
  fileName: string;
  /** Omitted: the app's default @page (the badge sheet's borderless A4). */
  page?: PageSetup;
  /** A paper in a chosen language gets the picker; a fixed one says why it is fixed. */
  paper?: PaperLanguage;
  fixedNote?: string;
  /** Extra toolbar text (a count). */
  status?: ReactNode;
  canPrint?: boolean;
  /** False: print with the browser's dialog in the desktop app too (data kept in this tab only). */
  viaHost?: boolean;
  children?: ReactNode;
}

/**
 * A bare print view outside the admin frame: a toolbar for the screen (hidden on paper), the paper,
 * and the print handshake (`data-print-state`) that the desktop's printToPDF and the tests wait for.
 */
export function PrintPage({ testId, backTo, settled, error, fileName, page, paper, fixedNote, status, canPrint = true, viaHost = true, children }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  const root = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const desktop = viaHost && window.station !== undefined;

  useEffect(() => {
    setPrintState('loading');
    document.body.classList.add('print-body');
    return () => {
      document.body.classList.remove('print-body');
      clearPrintState();
    };
  }, []);

  useEffect(() => {
    if (!settled) {
      setPrintState('loading');
      return;
    }
    let live = true;
    void settle(root.current).then(() => live && setPrintState('ready'));
    return () => {
      live = false;
    };
  }, [settled, paper?.lang]);

  const onPrint = async () => {
    setBusy(true);
    const outcome = await printPaper(fileName, viaHost);
    setBusy(false);
    if (outcome.kind === 'saved') void message.success(t('print.saved', { name: outcome.fileName }));
    if (outcome.kind === 'failed') void message.error(t('print.failed', { message: outcome.message }));
  };

  const lang: Language = paper?.lang ?? 'zh-CN';
  const font = fontFamilyFor(lang);
  return (
    <div className="print-view" data-testid={testId}>
      {page ? <style>{pageCss(page, font)}</style> : null}
      <Flex className="print-toolbar no-print" gap={8} align="center" wrap>
        <Button icon={<ArrowLeftOutlined className="flip-rtl" />} onClick={() => (location.key === 'default' ? navigate(backTo) : navigate(-1))} data-testid="print-back">
          {t('print.back')}
        </Button>
        <Button
          type="primary"
          icon={desktop ? <FilePdfOutlined /> : <PrinterOutlined />}
          onClick={() => void onPrint()}
          loading={busy}
          disabled={!settled || !!error || !canPrint}
          data-testid="print-go"
        >
          {desktop ? t('print.savePdf') : t('print.print')}
        </Button>
        {paper && !fixedNote ? (
          <Flex gap={6} align="center">
            <Typography.Text type="secondary">{t('print.paperLanguage')}</Typography.Text>
            <Segmented<Language>
              value={paper.lang}
              onChange={paper.setLang}
              options={LANGUAGES.map((l) => ({ value: l, label: <span lang={l}>{LANGUAGE_NAMES[l]}</span> }))}
              data-testid="paper-language"
            />
          </Flex>
        ) : null}
        {fixedNote ? <Typography.Text type="secondary">{fixedNote}</Typography.Text> : null}
        {status ? <Typography.Text>{status}</Typography.Text> : null}
        {!settled ? <Spin size="small" description={t('print.preparing')} /> : null}
      </Flex>
      {error ? <Alert className="no-print" type="error" showIcon title={error} data-testid="print-error" /> : null}
      <div ref={root}>
        {page && paper ? (
          <div className={`paper paper-${page.orientation}`} lang={paper.lang} dir={paper.dir} style={{ fontFamily: font }}>
            {children}
          </div>
        ) : (
          children
        )}
      </div>
    </div>
  );
}
