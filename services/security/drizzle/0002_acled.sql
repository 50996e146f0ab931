CREATE TABLE "acled_rows" (
	"event_id" text PRIMARY KEY NOT NULL,
	"event_id_cnty" text NOT NULL,
	"columns" jsonb NOT NULL,
	"imported" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "acled_rows" ADD CONSTRAINT "acled_rows_event_id_security_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."security_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "acled_rows_event_id_cnty" ON "acled_rows" USING btree ("event_id_cnty");