/** The station's evidence-photo rule (station setting `evidencePhotos`). */
export interface EvidenceSettings {
  /** Off by default: a photo of each sign-in needs the station's decision and each worker's consent. */
  enabled: boolean;
  retentionDays: number;
}

export interface SignInPhoto {
  workerId: string;
  name: string;
  takenAt: string;
  /** data:image/jpeg;base64,… */
  photo: string;
  /** The roster's photo of the same worker, to compare. */
  rosterPhoto: string | null;
}

export interface SessionAttachment {
  id: string;
  sessionId: string;
  name: string;
  mime: string;
  size: number;
  createdAt: string;
  /** A small JPEG of a photo (made by the screen that attached it); null for a PDF. */
  thumb: string | null;
}

/** What the kiosk does after a sign-in is acknowledged: ask consent first, or take the photo (for this session). */
export interface EvidenceStep {
  step: 'consent' | 'photo';
  sessionId: string;
  /** Said in the consent text: how long the photo is kept. */
  retentionDays: number;
}
