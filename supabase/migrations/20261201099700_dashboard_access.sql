-- The dashboard batch (20261201070000–070400) met the least-privilege batch (20261201099000) at the merge.
-- Login codes and sessions are the server's business (the tables are service only anyway): only the
-- service role may call their functions, so a tenant session cannot even try. Rebuilding the daily
-- figures is an operator's step after a bulk load.
select internal.service_function('public.issue_login_code(text, text, interval)'::regprocedure);
select internal.service_function('public.login_with_code(text, text, text, text, interval)'::regprocedure);
select internal.service_function('public.dashboard_session(text)'::regprocedure);
select internal.service_function('public.revoke_dashboard_session(text)'::regprocedure);
select internal.service_function('internal.report_days_rebuild(uuid)'::regprocedure);
