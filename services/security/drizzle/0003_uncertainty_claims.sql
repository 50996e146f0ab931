CREATE TYPE "public"."claim_record_type" AS ENUM('SecurityEvent', 'MilitaryFacility');--> statement-breakpoint
CREATE TYPE "public"."date_qualifier" AS ENUM('ON', 'WITHIN', 'BY', 'BEFORE', 'AFTER', 'ABOUT');--> statement-breakpoint
CREATE TYPE "public"."event_status" AS ENUM('REPORTED', 'CLAIMED', 'SCHEDULED', 'PLANNED');--> statement-breakpoint
CREATE TYPE "public"."figure_qualifier" AS ENUM('EXACT', 'AT_LEAST', 'AT_MOST', 'ABOUT', 'UNKNOWN');--> statement-breakpoint
CREATE TYPE "public"."place_precision" AS ENUM('EXACT', 'NEAR', 'WITHIN', 'COUNTRY');--> statement-breakpoint
CREATE TABLE "claims" (
	"record_type" "claim_record_type" NOT NULL,
	"record_id" text NOT NULL,
	"position" integer NOT NULL,
	"field" text NOT NULL,
	"value" text NOT NULL,
	"used" boolean NOT NULL,
	"reason" text,
	"source_id" text NOT NULL,
	"quote" text NOT NULL,
	"note" text,
	CONSTRAINT "claims_record_type_record_id_position_pk" PRIMARY KEY("record_type","record_id","position"),
	CONSTRAINT "claims_position" CHECK ("claims"."position" >= 0),
	CONSTRAINT "claims_quote_present" CHECK (length(btrim("claims"."quote")) > 0)
);
--> statement-breakpoint
ALTER TABLE "security_events" ADD COLUMN "fatalities_qualifier" "figure_qualifier";--> statement-breakpoint
ALTER TABLE "security_events" ADD COLUMN "fatalities_low" integer;--> statement-breakpoint
ALTER TABLE "security_events" ADD COLUMN "fatalities_high" integer;--> statement-breakpoint
ALTER TABLE "security_events" ADD COLUMN "force_size" integer;--> statement-breakpoint
ALTER TABLE "security_events" ADD COLUMN "force_size_qualifier" "figure_qualifier";--> statement-breakpoint
ALTER TABLE "security_events" ADD COLUMN "status" "event_status" DEFAULT 'REPORTED' NOT NULL;--> statement-breakpoint
ALTER TABLE "security_events" ADD COLUMN "date_qualifier" date_qualifier DEFAULT 'ON' NOT NULL;--> statement-breakpoint
ALTER TABLE "security_events" ADD COLUMN "place_precision" "place_precision";--> statement-breakpoint
CREATE INDEX "claims_field" ON "claims" USING btree ("record_type","record_id","field");--> statement-breakpoint
CREATE INDEX "security_events_status" ON "security_events" USING btree ("status");--> statement-breakpoint
ALTER TABLE "security_events" ADD CONSTRAINT "security_events_fatalities_range" CHECK (("security_events"."fatalities_low" is null or "security_events"."fatalities_low" >= 0) and ("security_events"."fatalities_high" is null or "security_events"."fatalities_high" >= coalesce("security_events"."fatalities", "security_events"."fatalities_low", 0)));--> statement-breakpoint
ALTER TABLE "security_events" ADD CONSTRAINT "security_events_fatalities_unknown" CHECK ("security_events"."fatalities_qualifier" is distinct from 'UNKNOWN' or "security_events"."fatalities" is null);--> statement-breakpoint
ALTER TABLE "security_events" ADD CONSTRAINT "security_events_force_size" CHECK ("security_events"."force_size" is null or "security_events"."force_size" >= 0);