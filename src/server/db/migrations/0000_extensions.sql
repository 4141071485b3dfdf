-- Extensions first, before any table needs them. pg_trgm: trigram similarity for typo-tolerant name
-- search (GIN index on projects). unaccent: accent-insensitive matching of names in search and import.
-- Both ship with PostgreSQL (contrib) and with PGlite (@electric-sql/pglite/contrib/*).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
