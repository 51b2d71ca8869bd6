/** Evidence: sign-in photos (with the worker's consent and a retention), and files attached to sessions. */
export { readSettings as evidenceSettings, writeSettings as writeEvidenceSettings } from './settings';
export { forgetWorkerPhotos, hasConsent, recordConsent, sessionPhotos, storeSignInPhoto, sweepOldPhotos } from './photos';
export { addAttachment, attachmentFile, attachmentRow, attachmentsOfSessions, deleteAttachment, listAttachments } from './attachments';
export { evidenceAtDoor } from './door';
export { startPhotoRetention } from './retention';
