/** Record types this client asks for and reads. */
export const QTYPE = { A: 1, CNAME: 5, AAAA: 28 } as const;

/** A query type we send: A or AAAA. */
export type AddressType = typeof QTYPE.A | typeof QTYPE.AAAA;

/**
 * A name as DNS wire labels, or null when it cannot be one (empty label, label over 63 bytes,
 * name over 255 bytes, non-ASCII). IDNs must be converted to their ASCII form before.
 */
export function encodeName(name: string): Uint8Array | null {
  const trimmed = name.endsWith('.') ? name.slice(0, -1) : name;
  if (trimmed === '' || !/^[\x21-\x7e]+$/.test(trimmed)) return null;
  const labels = trimmed.split('.');
  const bytes: number[] = [];
  for (const label of labels) {
    if (label.length === 0 || label.length > 63) return null;
    bytes.push(label.length);
    for (let i = 0; i < label.length; i++) bytes.push(label.charCodeAt(i));
  }
  bytes.push(0);
  return bytes.length > 255 ? null : Uint8Array.from(bytes);
}

/**
 * One standard query with recursion desired, one question of class IN. No EDNS: the answers we
 * want (a few A/AAAA records) fit 512 bytes, and some home-router forwarders choke on OPT records.
 */
export function encodeQuery(id: number, name: string, qtype: AddressType): Uint8Array | null {
  const qname = encodeName(name);
  if (qname === null) return null;
  const msg = new Uint8Array(12 + qname.length + 4);
  const view = new DataView(msg.buffer);
  view.setUint16(0, id & 0xffff);
  view.setUint16(2, 0x0100); // QR=0, OPCODE=QUERY, RD=1
  view.setUint16(4, 1); // QDCOUNT
  msg.set(qname, 12);
  view.setUint16(12 + qname.length, qtype);
  view.setUint16(14 + qname.length, 1); // class IN
  return msg;
}
