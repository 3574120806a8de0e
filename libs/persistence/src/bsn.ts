/**
 * The BSN at rest: AES-256-GCM with a key from configuration, plus a keyed hash (HMAC-SHA256) so a subject can
 * be found by BSN without decrypting every row. Neither value means anything without the key.
 */
import { createCipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { config } from '@regie/config';

/** Separate keys for encryption and hashing, derived from the one configured secret (BSN_KEY). */
function derived(purpose: 'encrypt' | 'hash'): Buffer {
  const master = Buffer.from(config().bsnKey, 'base64');
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `regie-bsn-${purpose}`, 32));
}

export function encryptBsn(bsn: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derived('encrypt'), iv);
  const encrypted = Buffer.concat([cipher.update(bsn, 'utf8'), cipher.final()]);
  return [
    'v1',
    iv.toString('base64'),
    cipher.getAuthTag().toString('base64'),
    encrypted.toString('base64'),
  ].join(':');
}

export function bsnHash(bsn: string): string {
  return createHmac('sha256', derived('hash')).update(bsn).digest('hex');
}
