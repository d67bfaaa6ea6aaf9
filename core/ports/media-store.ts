// Keeps original media (voice notes, images) so nothing is lost even when processing fails.
export interface StoredMedia {
  key: string;
  size: number;
  sha256: string;
  mimetype: string;
}

export interface MediaStore {
  put(data: Buffer, mimetype: string): Promise<StoredMedia>;
  get(key: string): Promise<Buffer>;
  exists(key: string): Promise<boolean>;
}
