-- One matter, one diary number (docs/domain/case-documents.md). Existing data is brought to the rule:
-- every registered application, later matter (amendment or payment request), submitted report and
-- approved decision becomes a numbered document of the project's own case, numbered within that case by
-- the day it arrived or was decided; then the later matters lose the diary number of their own, so that
-- only the project case's number is shown and printed. Decisions themselves are not changed (an approved
-- decision is frozen by a trigger). Idempotent: what is already registered is not registered again.
WITH
  project_case AS (
    -- The case a project's later matters and reports are registered in: its application case, else its
    -- oldest case without a parent (as registryCaseOf/projectCaseIdOf in the cases module).
    SELECT DISTINCT ON (c.project_id) c.project_id, c.id AS case_id
    FROM cases c
    WHERE c.project_id IS NOT NULL AND c.parent_case_id IS NULL
    ORDER BY c.project_id, (c.kind <> 'application'), c.created_at, c.id
  ),
  candidates AS (
    -- An application (or a commission's own case needs no document of its own: its decisions are listed).
    SELECT
      c.id AS case_id,
      'application' AS kind,
      c.title AS title,
      'in' AS direction,
      NULL::uuid AS source_case_id,
      NULL::uuid AS decision_id,
      NULL::uuid AS document_id,
      coalesce(c.received_on, (c.registered_at AT TIME ZONE 'Europe/Stockholm')::date, (c.created_at AT TIME ZONE 'Europe/Stockholm')::date) AS registered_on,
      coalesce(c.registered_at, c.created_at) AS registered_at,
      1 AS tie
    FROM cases c
    WHERE c.kind = 'application'
      AND c.parent_case_id IS NULL
      AND (c.diary_number IS NOT NULL OR c.registered_at IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM case_documents d WHERE d.case_id = c.id AND d.kind = 'application')
    UNION ALL
    -- A later matter received from the beneficiary, registered in its parent.
    SELECT
      c.parent_case_id,
      c.kind::text,
      c.title,
      'in',
      c.id,
      NULL::uuid,
      NULL::uuid,
      coalesce(c.received_on, (c.registered_at AT TIME ZONE 'Europe/Stockholm')::date, (c.created_at AT TIME ZONE 'Europe/Stockholm')::date),
      coalesce(c.registered_at, c.created_at),
      2
    FROM cases c
    WHERE c.parent_case_id IS NOT NULL
      AND c.kind IN ('amendment_request', 'payment_request')
      AND (c.diary_number IS NOT NULL OR c.registered_at IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM case_documents d WHERE d.source_case_id = c.id AND d.decision_id IS NULL)
    UNION ALL
    -- A submitted progress or final report, in the project's case.
    SELECT
      pc.case_id,
      CASE r.kind WHEN 'final' THEN 'final_report' ELSE 'progress_report' END,
      CASE
        WHEN r.kind = 'final' THEN 'Slutrapport'
        WHEN r.period_start IS NOT NULL AND r.period_end IS NOT NULL THEN 'Lägesrapport ' || r.period_start || ' – ' || r.period_end
        ELSE 'Lägesrapport'
      END,
      'in',
      NULL::uuid,
      NULL::uuid,
      NULL::uuid,
      (r.submitted_at AT TIME ZONE 'Europe/Stockholm')::date,
      r.submitted_at,
      2
    FROM reports r
    JOIN project_case pc ON pc.project_id = r.project_id
    WHERE r.submitted_at IS NOT NULL
      AND NOT EXISTS (
        SELECT 1 FROM case_documents d
        WHERE d.case_id = pc.case_id
          AND d.kind = CASE r.kind WHEN 'final' THEN 'final_report' ELSE 'progress_report' END
          AND d.registered_at = r.submitted_at
      )
    UNION ALL
    -- An approved decision and its letter (out), in the project's case, from the matter it decided.
    SELECT
      coalesce(c.parent_case_id, c.id),
      'decision',
      CASE dec.kind
        WHEN 'grant' THEN 'Beslut om stöd'
        WHEN 'amend' THEN 'Ändring av beslut om stöd'
        WHEN 'reject' THEN 'Avslag'
        WHEN 'withdraw' THEN 'Återtagande av uppdrag'
        WHEN 'recover' THEN 'Beslut om återkrav'
        WHEN 'close' THEN 'Beslut om avslut av projekt'
        ELSE 'Beslut'
      END,
      'out',
      CASE WHEN c.parent_case_id IS NULL THEN NULL ELSE c.id END,
      dec.id,
      dec.document_id,
      coalesce(dec.decision_date, (dec.approved_at AT TIME ZONE 'Europe/Stockholm')::date),
      dec.approved_at,
      3
    FROM decisions dec
    JOIN cases c ON c.id = dec.case_id
    WHERE dec.status = 'approved'
      AND NOT EXISTS (SELECT 1 FROM case_documents d WHERE d.decision_id = dec.id)
  ),
  numbered AS (
    SELECT
      cand.*,
      coalesce((SELECT max(d.number) FROM case_documents d WHERE d.case_id = cand.case_id), 0)
        + row_number() OVER (
          PARTITION BY cand.case_id
          ORDER BY cand.registered_on, cand.tie, cand.registered_at, cand.kind, cand.decision_id, cand.source_case_id
        ) AS number
    FROM candidates cand
    WHERE cand.case_id IS NOT NULL AND cand.registered_on IS NOT NULL
  )
INSERT INTO case_documents (case_id, number, kind, title, direction, source_case_id, decision_id, document_id, registered_on, registered_at)
SELECT case_id, number, kind, title, direction, source_case_id, decision_id, document_id, registered_on, coalesce(registered_at, now())
FROM numbered;
--> statement-breakpoint
UPDATE cases c
SET last_document_number = n.last
FROM (SELECT case_id, max(number) AS last FROM case_documents GROUP BY case_id) n
WHERE n.case_id = c.id AND c.last_document_number < n.last;
--> statement-breakpoint
-- A later matter keeps its workflow but not a number of its own: it is known by its project case's.
UPDATE cases c
SET diary_number = NULL
FROM cases parent
WHERE parent.id = c.parent_case_id
  AND parent.diary_number IS NOT NULL
  AND c.diary_number IS NOT NULL;
