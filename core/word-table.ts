/**
 * A lookup table keyed by words people type. Its prototype is null, so "constructor", "toString" or
 * "__proto__" typed in a chat find nothing instead of Object's own functions (the parser's property
 * test found 'bayar constructor' read as a means of paying).
 */
export const wordTable = <T>(entries: Record<string, T>): Record<string, T> => Object.assign(Object.create(null), entries);
