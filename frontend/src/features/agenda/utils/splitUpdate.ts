/**
 * Splitting a Yjs v1 update into smaller v1 updates that, applied in order, give the same
 * document — so a backlog larger than the server's cap on one push (256 KiB) can be sent in
 * batches (docs/sync.md). Cuts fall between structs, never inside one, and never between a
 * new type and its first content (a new talking point keeps its fields together, a new
 * paragraph its text): only before a struct placed by an origin (typing, a changed field, a
 * later block) or directly under a root. A run that cannot be cut and is still too large is
 * reported, not split.
 */

class Reader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}

  byte(): number {
    const value = this.bytes[this.pos];
    if (value === undefined) throw new Error('the update ends too early');
    this.pos++;
    return value;
  }

  uint(): number {
    let value = 0;
    let factor = 1;
    for (;;) {
      const byte = this.byte();
      value += (byte & 0x7f) * factor;
      if (byte < 0x80) return value;
      factor *= 128;
    }
  }

  skipId(): void {
    this.uint(); // client
    this.uint(); // clock
  }

  skipSigned(): void {
    while (this.byte() & 0x80);
  }

  skip(length: number): void {
    if (this.pos + length > this.bytes.length) throw new Error('the update ends too early');
    this.pos += length;
  }

  string(): string {
    const length = this.uint();
    const start = this.pos;
    this.skip(length);
    return new TextDecoder().decode(this.bytes.subarray(start, this.pos));
  }

  skipAny(): void {
    const kind = this.byte();
    if (kind === 125) this.skipSigned();
    else if (kind === 124) this.skip(4);
    else if (kind === 123 || kind === 122) this.skip(8);
    else if (kind === 119) this.string();
    else if (kind === 116) this.skip(this.uint());
    else if (kind === 118 || kind === 117) {
      const count = this.uint();
      for (let i = 0; i < count; i++) {
        if (kind === 118) this.string();
        this.skipAny();
      }
    } else if (kind < 120 || kind > 127) throw new Error('an unknown value type');
  }
}

interface Struct {
  clock: number;
  start: number; // byte offsets in the update
  end: number;
  cuttable: boolean; // a new update may start with it
}

interface ClientRun {
  client: number;
  structs: Struct[];
}

function contentLength(reader: Reader, kind: number): number {
  switch (kind) {
    case 1: // deleted
      return reader.uint();
    case 2: {
      // JSON
      const count = reader.uint();
      for (let i = 0; i < count; i++) reader.string();
      return count;
    }
    case 3: // binary
      reader.skip(reader.uint());
      return 1;
    case 4: // string: its length in UTF-16 code units, as Yjs counts clocks
      return reader.string().length;
    case 5: // embed
      reader.string();
      return 1;
    case 6: // format
      reader.string();
      reader.string();
      return 1;
    case 7: {
      // a shared type; XmlElement and XmlHook carry a name
      const ref = reader.uint();
      if (ref === 3 || ref === 5) reader.string();
      return 1;
    }
    case 8: {
      const count = reader.uint();
      for (let i = 0; i < count; i++) reader.skipAny();
      return count;
    }
    case 9: // sub-document
      reader.string();
      reader.skipAny();
      return 1;
    default:
      throw new Error('an unknown content type');
  }
}

function parse(update: Uint8Array): { runs: ClientRun[]; deleteSet: Uint8Array } {
  const reader = new Reader(update);
  const runs: ClientRun[] = [];
  const clients = reader.uint();
  for (let c = 0; c < clients; c++) {
    const count = reader.uint();
    const client = reader.uint();
    let clock = reader.uint();
    const structs: Struct[] = [];
    for (let s = 0; s < count; s++) {
      const start = reader.pos;
      const info = reader.byte();
      const kind = info & 0x1f;
      let length: number;
      let cuttable = true;
      if (kind === 0 || kind === 10) {
        length = reader.uint(); // GC, skip
      } else {
        const origin = (info & 0x80) !== 0;
        const rightOrigin = (info & 0x40) !== 0;
        if (origin) reader.skipId();
        if (rightOrigin) reader.skipId();
        if (!origin && !rightOrigin) {
          const underRoot = reader.uint() === 1;
          if (underRoot) reader.string();
          else reader.skipId();
          if (info & 0x20) reader.string();
          cuttable = underRoot; // else: the first content of a type, made with it
        }
        length = contentLength(reader, kind);
      }
      structs.push({ clock, start, end: reader.pos, cuttable });
      clock += length;
    }
    runs.push({ client, structs });
  }
  return { runs, deleteSet: update.subarray(reader.pos) };
}

function writeUint(out: number[], value: number): void {
  while (value >= 0x80) {
    out.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  out.push(value);
}

/** One client's structs from `structs[0]` on, as a part of an update's struct section. */
function section(update: Uint8Array, client: number, structs: Struct[]): Uint8Array {
  const head: number[] = [];
  writeUint(head, structs.length);
  writeUint(head, client);
  writeUint(head, structs[0]?.clock ?? 0);
  const first = structs[0]?.start ?? 0;
  const last = structs[structs.length - 1]?.end ?? 0;
  return concat([Uint8Array.from(head), update.subarray(first, last)]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function encode(sections: Uint8Array[], deleteSet: Uint8Array): Uint8Array {
  const head: number[] = [];
  writeUint(head, sections.length);
  return concat([Uint8Array.from(head), ...sections, deleteSet]);
}

const EMPTY_DELETE_SET = Uint8Array.of(0);

/** Where in `group` a new piece may start at the latest (0: nowhere but at its start). */
function lastCut(group: Struct[]): number {
  for (let i = group.length - 1; i > 0; i--) if (group[i]?.cuttable) return i;
  return 0;
}
/** Room for an update's headers (counts, client ids, clocks). */
const HEADERS = 64;

/**
 * `update` as v1 updates of at most `maxBytes` each where it can be cut (see above); applied
 * in order they give what `update` gives. A piece that cannot be cut small enough is returned
 * as it is: check the sizes.
 */
export function splitUpdate(update: Uint8Array, maxBytes: number): Uint8Array[] {
  if (update.length <= maxBytes) return [update];
  const { runs, deleteSet } = parse(update);
  const budget = maxBytes - HEADERS;
  // Each client's structs in groups of at most `budget` bytes, cut where cuts are allowed.
  const parts: { client: number; bytes: Uint8Array }[] = [];
  for (const { client, structs } of runs) {
    let group: Struct[] = [];
    for (const struct of structs) {
      group.push(struct);
      let cut = lastCut(group);
      while (cut > 0 && struct.end - (group[0]?.start ?? 0) > budget) {
        parts.push({ client, bytes: section(update, client, group.slice(0, cut)) });
        group = group.slice(cut);
        cut = lastCut(group);
      }
    }
    if (group.length > 0) parts.push({ client, bytes: section(update, client, group) });
  }
  // Groups packed into updates (one group per client in each: Yjs reads one section each).
  const out: Uint8Array[] = [];
  let sections: Uint8Array[] = [];
  const clients = new Set<number>();
  let size = 0;
  const emit = () => {
    out.push(encode(sections, EMPTY_DELETE_SET));
    sections = [];
    clients.clear();
    size = 0;
  };
  for (const part of parts) {
    if (sections.length > 0 && (size + part.bytes.length > budget || clients.has(part.client))) emit();
    sections.push(part.bytes);
    clients.add(part.client);
    size += part.bytes.length;
  }
  if (sections.length > 0 && size + deleteSet.length > budget) emit();
  out.push(encode(sections, deleteSet));
  return out;
}
