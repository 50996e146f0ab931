CREATE TYPE "public"."date_precision" AS ENUM('DAY', 'WEEK', 'MONTH', 'YEAR');--> statement-breakpoint
CREATE TYPE "public"."geo_precision" AS ENUM('EXACT', 'NEAR', 'REGION');--> statement-breakpoint
CREATE TYPE "public"."organization_kind" AS ENUM('STATE_BODY', 'ARMED_FORCES', 'NON_STATE_ARMED_GROUP', 'POLITICAL_PARTY', 'COMPANY', 'INTERGOVERNMENTAL', 'FINANCIAL_INSTITUTION', 'MEDIA', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."place_kind" AS ENUM('SETTLEMENT', 'DISTRICT', 'PROVINCE', 'BORDER_CROSSING', 'NATURAL_FEATURE', 'AREA');--> statement-breakpoint
CREATE TABLE "countries" (
	"code" text PRIMARY KEY NOT NULL,
	"iso_numeric" text NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	"outside_knowledge" text,
	CONSTRAINT "countries_code_alpha3" CHECK ("countries"."code" ~ '^[A-Z]{3}$'),
	CONSTRAINT "countries_iso_numeric" CHECK ("countries"."iso_numeric" ~ '^[0-9]{3}$')
);
--> statement-breakpoint
CREATE TABLE "country_citations" (
	"record_id" text NOT NULL,
	"position" integer NOT NULL,
	"source_id" text NOT NULL,
	"quote" text NOT NULL,
	"note" text,
	CONSTRAINT "country_citations_record_id_position_pk" PRIMARY KEY("record_id","position"),
	CONSTRAINT "country_citations_quote_present" CHECK (length(btrim("country_citations"."quote")) > 0)
);
--> statement-breakpoint
CREATE TABLE "organization_citations" (
	"record_id" text NOT NULL,
	"position" integer NOT NULL,
	"source_id" text NOT NULL,
	"quote" text NOT NULL,
	"note" text,
	CONSTRAINT "organization_citations_record_id_position_pk" PRIMARY KEY("record_id","position"),
	CONSTRAINT "organization_citations_quote_present" CHECK (length(btrim("organization_citations"."quote")) > 0)
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	"kind" "organization_kind" NOT NULL,
	"country_code" text,
	"outside_knowledge" text
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	"outside_knowledge" text
);
--> statement-breakpoint
CREATE TABLE "person_citations" (
	"record_id" text NOT NULL,
	"position" integer NOT NULL,
	"source_id" text NOT NULL,
	"quote" text NOT NULL,
	"note" text,
	CONSTRAINT "person_citations_record_id_position_pk" PRIMARY KEY("record_id","position"),
	CONSTRAINT "person_citations_quote_present" CHECK (length(btrim("person_citations"."quote")) > 0)
);
--> statement-breakpoint
CREATE TABLE "person_roles" (
	"person_id" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"organization_id" text,
	"country_code" text,
	"from" date,
	"to" date,
	CONSTRAINT "person_roles_person_id_position_pk" PRIMARY KEY("person_id","position"),
	CONSTRAINT "person_roles_period" CHECK ("person_roles"."to" is null or "person_roles"."from" is null or "person_roles"."from" <= "person_roles"."to")
);
--> statement-breakpoint
CREATE TABLE "place_citations" (
	"record_id" text NOT NULL,
	"position" integer NOT NULL,
	"source_id" text NOT NULL,
	"quote" text NOT NULL,
	"note" text,
	CONSTRAINT "place_citations_record_id_position_pk" PRIMARY KEY("record_id","position"),
	CONSTRAINT "place_citations_quote_present" CHECK (length(btrim("place_citations"."quote")) > 0)
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	"kind" "place_kind" NOT NULL,
	"country_code" text NOT NULL,
	"admin1" text,
	"admin2" text,
	"latitude" double precision,
	"longitude" double precision,
	"precision" "geo_precision",
	"outside_knowledge" text,
	CONSTRAINT "places_latitude" CHECK ("places"."latitude" between -90 and 90),
	CONSTRAINT "places_longitude" CHECK ("places"."longitude" between -180 and 180),
	CONSTRAINT "places_point_whole" CHECK (("places"."latitude" is null) = ("places"."longitude" is null))
);
--> statement-breakpoint
CREATE TABLE "source_documents" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"publisher" text NOT NULL,
	"original_publisher" text,
	"author" text,
	"published_on" date NOT NULL,
	"date_precision" date_precision NOT NULL,
	"url" text,
	"date_note" text,
	"file" text,
	"section" integer
);
--> statement-breakpoint
ALTER TABLE "country_citations" ADD CONSTRAINT "country_citations_record_id_countries_code_fk" FOREIGN KEY ("record_id") REFERENCES "public"."countries"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_citations" ADD CONSTRAINT "organization_citations_record_id_organizations_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_citations" ADD CONSTRAINT "person_citations_record_id_people_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_roles" ADD CONSTRAINT "person_roles_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_roles" ADD CONSTRAINT "person_roles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_roles" ADD CONSTRAINT "person_roles_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_citations" ADD CONSTRAINT "place_citations_record_id_places_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "countries_name" ON "countries" USING btree ("name","code");--> statement-breakpoint
CREATE INDEX "organizations_name" ON "organizations" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "organizations_country" ON "organizations" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "people_name" ON "people" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "person_roles_organization" ON "person_roles" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "places_name" ON "places" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "places_country" ON "places" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "places_admin1" ON "places" USING btree ("admin1");--> statement-breakpoint
CREATE INDEX "source_documents_published" ON "source_documents" USING btree ("published_on","id");