-- internal.report_days_apply(transactions, integer) is SECURITY DEFINER (the report_days triggers call it)
-- and was callable by tenant sessions with a made-up transaction row, which could skew another warung's
-- daily figures. Only the server and the triggers (which run as its owner) may call it.
select internal.service_function('internal.report_days_apply(public.transactions, integer)'::regprocedure);
