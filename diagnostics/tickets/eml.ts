import type { TicketDraft } from './ticket.js';

/** Who the draft is from and to. Without `from`, the mail program fills in the user's own address. */
export interface EmlAddresses {
  readonly to: string;
  readonly from?: string;
}

/**
 * An RFC 5322 message with the bundle attached, marked `X-Unsent: 1` so that Outlook (and
 * Thunderbird, Apple Mail) open it as a draft the user can read and send. Non-ASCII subjects
 * are RFC 2047 encoded; body and attachment are base64 in 76-character lines.
 */
export function buildEml(d: TicketDraft, to: EmlAddresses, date: Date = new Date()): string {
  const boundary = `homeline-${d.idempotencyKey.replace(/[^0-9a-zA-Z]/g, '')}`;
  const headers = [
    ...(to.from ? [`From: ${to.from}`] : []),
    `To: ${to.to}`,
    `Subject: ${encodeHeader(d.subject)}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${d.idempotencyKey}@homeline.invalid>`,
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  const file = d.attachment.fileName.replace(/["\\\r\n]/g, '_');
  return [
    ...headers,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(Buffer.from(d.description.replace(/\r?\n/g, '\r\n'), 'utf8')),
    `--${boundary}`,
    `Content-Type: ${d.attachment.contentType}; name="${file}"`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment; filename="${file}"`,
    '',
    base64Lines(Buffer.from(d.attachment.bytes)),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

function encodeHeader(s: string): string {
  // Printable ASCII goes as is; anything else as one UTF-8 encoded word per 45 bytes of text.
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  const words: string[] = [];
  let chunk = '';
  for (const ch of s) {
    if (Buffer.byteLength(chunk + ch) > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join('\r\n ');
}

function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? ['']).join('\r\n');
}
