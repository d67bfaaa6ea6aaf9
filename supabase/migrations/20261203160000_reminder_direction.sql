-- A reminder may be about what the warung owes, not only what a customer owes it: "ingetin bayar utang ke koh
-- acong besok" asks the owner to be told to pay the supplier. The scheduler reads the side to say "jadwal bayar"
-- instead of "jadwal menagih" and to sum the right open debts.
alter table public.debt_reminders
  add column direction text not null default 'receivable' check (direction in ('receivable', 'payable'));
comment on column public.debt_reminders.direction is 'receivable: the contact owes the warung (remind to collect); payable: the warung owes the contact (remind to pay).';
