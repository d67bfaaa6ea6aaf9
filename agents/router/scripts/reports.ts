export const reportScripts: import('./types.ts').Script[] = [];
