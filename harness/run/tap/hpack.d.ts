// The part of hpack.js (no published types) the tap uses: a header-block decompressor with a dynamic table.
declare module 'hpack.js' {
  interface Header {
    readonly name: string;
    readonly value: string;
  }
  interface Decompressor {
    write(block: Buffer): void;
    execute(): void;
    read(): Header | null;
    updateTableSize(size: number): void;
    readonly _table: { protocolMaxSize: number };
  }
  const hpack: { decompressor: { create(options: { table: { maxSize: number } }): Decompressor } };
  export default hpack;
}
