import type { Language } from '../../../shared/i18n/languages';
import { SOUND_NOTES, type SoundName } from './outcomes';

/** Short tones made with the Web Audio API: no audio files to ship, nothing to load. */
let audio: AudioContext | null = null;

function context(): AudioContext | null {
  if (typeof window === 'undefined' || typeof window.AudioContext !== 'function') return null;
  audio ??= new window.AudioContext();
  // Browsers start audio suspended until a gesture; a scanner's keypress counts as one.
  if (audio.state === 'suspended') void audio.resume();
  return audio;
}

export function playSound(name: SoundName): void {
  if (name === 'none') return;
  try {
    const ctx = context();
    if (!ctx) return;
    const t0 = ctx.currentTime + 0.01;
    for (const [freq, start, length] of SOUND_NOTES[name]) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = name === 'error' ? 'square' : 'sine';
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, t0 + start);
      gain.gain.exponentialRampToValueAtTime(0.25, t0 + start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + start + length);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t0 + start);
      osc.stop(t0 + start + length + 0.02);
    }
  } catch {
    // No sound device: the colour and words still say it.
  }
}

const SPEECH_LANG: Record<Language, string> = { 'zh-CN': 'zh', ug: 'ug', en: 'en' };

/** Says the worker's name where the platform has a voice for the language; silent otherwise. */
export function speakName(text: string, lang: Language): void {
  try {
    if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
    const prefix = SPEECH_LANG[lang];
    const voice = window.speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(prefix));
    if (!voice) return;
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(u);
  } catch {
    // Speech is a courtesy.
  }
}
