// The reference model of a warung's books (pure): see README.md.
export { Books, type Line, type Method, type Payment, type Tx } from './books.ts';
export { avgAfterInflow, avgAfterRemoval, clamp, stockValue } from './costing.ts';
export { Debts, type Debt, type Direction } from './debts.ts';
export { AVG, fixed, QTY, roundDiv, toNumber, VAL } from './num.ts';
export { Stock, type Movement, type MoveKind, type Product } from './stock.ts';
