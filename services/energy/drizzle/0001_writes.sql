-- drizzle-kit wrote the two CHECK lists as bind parameters ($1 ...); spelled out here by hand.
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"caller" text,
	"operation" text NOT NULL,
	"record_type" text NOT NULL,
	"record_id" text,
	"outcome" text NOT NULL,
	"detail" text,
	CONSTRAINT "audit_log_outcome" CHECK ("audit_log"."outcome" in ('ACCEPTED', 'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT'))
);
--> statement-breakpoint
CREATE TABLE "revisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"record_type" text NOT NULL,
	"record_id" text NOT NULL,
	"version" integer NOT NULL,
	"operation" text NOT NULL,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_fields" text[] NOT NULL,
	"before" jsonb,
	"after" jsonb NOT NULL,
	CONSTRAINT "revisions_operation" CHECK ("revisions"."operation" in ('CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'IMPORT'))
);
--> statement-breakpoint
ALTER TABLE "energy_projects" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "energy_projects" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "energy_projects" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "energy_targets" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "energy_targets" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "energy_targets" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "audit_log_at" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "revisions_record" ON "revisions" USING btree ("record_type","record_id","version");