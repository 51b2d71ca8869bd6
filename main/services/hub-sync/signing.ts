import { createHmac, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';

/** The station's own Ed25519 key pair, as PEM (SPKI public, PKCS#8 private). */
export function newKeyPair(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

export function signText(privateKeyPem: string, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), createPrivateKey(privateKeyPem)).toString('base64');
}

export function verifyText(publicKeyPem: string, text: string, signature: string): boolean {
  try {
    return verify(null, Buffer.from(text, 'utf8'), createPublicKey(publicKeyPem), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/**
 * The keyed hash that names a person across stations: the same ID number at two projects under one hub
 * gives the same key, and without the hub's secret the key does not lead back to the number.
 */
export function personKey(secretHex: string, idType: string, idNumber: string): string {
  return createHmac('sha256', Buffer.from(secretHex, 'hex')).update(`${idType}:${idNumber.trim().toUpperCase()}`).digest('hex');
}
