CREATE TYPE "public"."claim_record_type" AS ENUM('Organization', 'Estimate');--> statement-breakpoint
CREATE TYPE "public"."estimate_unit" AS ENUM('PERSONS', 'PERCENT', 'KILOMETRES', 'EVENTS');--> statement-breakpoint
CREATE TYPE "public"."figure_qualifier" AS ENUM('EXACT', 'AT_LEAST', 'AT_MOST', 'ABOUT', 'UNKNOWN');--> statement-breakpoint
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
	CONSTRAINT "claims_quote_present" CHECK (length(btrim("claims"."quote")) > 0)
);
--> statement-breakpoint
CREATE TABLE "estimate_citations" (
	"record_id" text NOT NULL,
	"position" integer NOT NULL,
	"source_id" text NOT NULL,
	"quote" text NOT NULL,
	"note" text,
	CONSTRAINT "estimate_citations_record_id_position_pk" PRIMARY KEY("record_id","position"),
	CONSTRAINT "estimate_citations_quote_present" CHECK (length(btrim("estimate_citations"."quote")) > 0)
);
--> statement-breakpoint
CREATE TABLE "estimates" (
	"id" text PRIMARY KEY NOT NULL,
	"subject" text NOT NULL,
	"summary" text,
	"unit" "estimate_unit" NOT NULL,
	"value" double precision,
	"qualifier" "figure_qualifier" NOT NULL,
	"low" double precision,
	"high" double precision,
	"country_code" text,
	"place_id" text,
	"organization_id" text,
	"as_of" date,
	"date_precision" date_precision,
	CONSTRAINT "estimates_range" CHECK (("estimates"."low" is null or "estimates"."high" is null or "estimates"."low" <= "estimates"."high")),
	CONSTRAINT "estimates_unknown_has_no_value" CHECK ("estimates"."qualifier" <> 'UNKNOWN' or "estimates"."value" is null),
	CONSTRAINT "estimates_as_of_whole" CHECK (("estimates"."as_of" is null) = ("estimates"."date_precision" is null))
);
--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_source_id_source_documents_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."source_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estimate_citations" ADD CONSTRAINT "estimate_citations_record_id_estimates_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."estimates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estimates" ADD CONSTRAINT "estimates_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estimates" ADD CONSTRAINT "estimates_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estimates" ADD CONSTRAINT "estimates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "estimates_subject" ON "estimates" USING btree ("subject","id");--> statement-breakpoint
CREATE INDEX "estimates_country" ON "estimates" USING btree ("country_code");