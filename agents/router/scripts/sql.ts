// Row queries the scripts check ($1 = the script's tenant).
export const lines = (product: string) =>
  `select l.qty::float8 as qty, l.unit_price, l.total, t.kind, t.payment, t.status from transaction_lines l
     join transactions t on t.id = l.transaction_id join products p on p.id = l.product_id
    where t.tenant_id = $1 and p.name = '${product}' order by t.created_at, l.line_no`;

export const level = (product: string) =>
  `select s.level::float8 as level from stock_levels s join products p on p.id = s.product_id where p.tenant_id = $1 and p.name = '${product}'`;

export const moneyTx = (kind: string) =>
  `select total, category, status, payment from transactions where tenant_id = $1 and kind = '${kind}' order by created_at`;

export const debts = `select c.name, c.kind, d.direction, d.amount, d.paid, d.status from debts d join contacts c on c.id = d.contact_id
  where d.tenant_id = $1 order by d.created_at`;

export const product = (name: string) =>
  `select name, unit, sell_price from products where tenant_id = $1 and name = '${name}'`;

export const payments = `select amount, payment, transaction_id is not null as dp, voided_at is not null as voided from debt_payments
  where tenant_id = $1 order by created_at`;
