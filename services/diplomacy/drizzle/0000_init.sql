CREATE TYPE "public"."agreement_form" AS ENUM('BILATERAL', 'MULTILATERAL');--> statement-breakpoint
CREATE TYPE "public"."agreement_status" AS ENUM('INITIALLED', 'SIGNED', 'IN_FORCE', 'TERMINATED', 'EXPIRED');--> statement-breakpoint
CREATE TYPE "public"."date_precision" AS ENUM('DAY', 'WEEK', 'MONTH', 'YEAR');--> statement-breakpoint
CREATE TYPE "public"."engagement_kind" AS ENUM('STATE_VISIT', 'OFFICIAL_VISIT', 'SUMMIT', 'MINISTERIAL_MEETING', 'MEETING', 'CALL', 'DELEGATION', 'AWARD', 'STATEMENT', 'MEDIATION');--> statement-breakpoint
CREATE TYPE "public"."instrument_type" AS ENUM('TREATY', 'AGREEMENT', 'MOU', 'PROTOCOL', 'JOINT_STATEMENT', 'CONTRACT', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."participant_role" AS ENUM('HOST', 'GUEST', 'PARTICIPANT', 'MEDIATOR', 'RECIPIENT');--> statement-breakpoint
CREATE TABLE "agreement_citations" (
	"record_id" text NOT NULL,
	"position" integer NOT NULL,
	"source_id" text NOT NULL,
	"quote" text NOT NULL,
	"note" text,
	CONSTRAINT "agreement_citations_record_id_position_pk" PRIMARY KEY("record_id","position"),
	CONSTRAINT "agreement_citations_quote_present" CHECK (length(btrim("agreement_citations"."quote")) > 0)
);
--> statement-breakpoint
CREATE TABLE "agreement_energy_projects" (
	"agreement_id" text NOT NULL,
	"project_id" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "agreement_energy_projects_agreement_id_project_id_pk" PRIMARY KEY("agreement_id","project_id"),
	CONSTRAINT "agreement_energy_projects_position" CHECK ("agreement_energy_projects"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "agreement_parties" (
	"agreement_id" text NOT NULL,
	"position" integer NOT NULL,
	"country_code" text,
	"organization_id" text,
	"signatory_id" text,
	CONSTRAINT "agreement_parties_agreement_id_position_pk" PRIMARY KEY("agreement_id","position"),
	CONSTRAINT "agreement_parties_country_or_organization" CHECK ("agreement_parties"."country_code" is not null or "agreement_parties"."organization_id" is not null),
	CONSTRAINT "agreement_parties_country_alpha3" CHECK ("agreement_parties"."country_code" ~ '^[A-Z]{3}$'),
	CONSTRAINT "agreement_parties_position" CHECK ("agreement_parties"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "agreement_witnesses" (
	"agreement_id" text NOT NULL,
	"person_id" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "agreement_witnesses_agreement_id_person_id_pk" PRIMARY KEY("agreement_id","person_id"),
	CONSTRAINT "agreement_witnesses_position" CHECK ("agreement_witnesses"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"instrument_type" "instrument_type" NOT NULL,
	"form" "agreement_form" NOT NULL,
	"status" "agreement_status" NOT NULL,
	"signed_on" date,
	"date_precision" date_precision NOT NULL,
	"entered_into_force_on" date,
	"place_id" text,
	"subjects" text[] DEFAULT '{}' NOT NULL,
	"engagement_id" text,
	"sort_date" date GENERATED ALWAYS AS (coalesce(signed_on, '0001-01-01'::date)) STORED NOT NULL,
	CONSTRAINT "agreements_title_present" CHECK (length(btrim("agreements"."title")) > 0),
	CONSTRAINT "agreements_in_force_after_signature" CHECK ("agreements"."entered_into_force_on" is null or "agreements"."signed_on" is null or "agreements"."entered_into_force_on" >= "agreements"."signed_on"),
	CONSTRAINT "agreements_subjects_known" CHECK ("agreements"."subjects" <@ array['ENERGY', 'SECURITY', 'DEFENCE', 'BORDER', 'TRADE', 'INVESTMENT', 'TRANSPORT', 'WATER', 'CULTURE_EDUCATION', 'HEALTH', 'OTHER']::text[])
);
--> statement-breakpoint
CREATE TABLE "engagement_citations" (
	"record_id" text NOT NULL,
	"position" integer NOT NULL,
	"source_id" text NOT NULL,
	"quote" text NOT NULL,
	"note" text,
	CONSTRAINT "engagement_citations_record_id_position_pk" PRIMARY KEY("record_id","position"),
	CONSTRAINT "engagement_citations_quote_present" CHECK (length(btrim("engagement_citations"."quote")) > 0)
);
--> statement-breakpoint
CREATE TABLE "engagement_participants" (
	"engagement_id" text NOT NULL,
	"position" integer NOT NULL,
	"country_code" text,
	"organization_id" text,
	"person_id" text,
	"role" "participant_role" NOT NULL,
	CONSTRAINT "engagement_participants_engagement_id_position_pk" PRIMARY KEY("engagement_id","position"),
	CONSTRAINT "engagement_participants_someone" CHECK (num_nonnulls("engagement_participants"."country_code", "engagement_participants"."organization_id", "engagement_participants"."person_id") > 0),
	CONSTRAINT "engagement_participants_country_alpha3" CHECK ("engagement_participants"."country_code" ~ '^[A-Z]{3}$'),
	CONSTRAINT "engagement_participants_position" CHECK ("engagement_participants"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "engagements" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"kind" "engagement_kind" NOT NULL,
	"cameo_code" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"date_precision" date_precision NOT NULL,
	"place_id" text,
	CONSTRAINT "engagements_title_present" CHECK (length(btrim("engagements"."title")) > 0),
	CONSTRAINT "engagements_cameo_code" CHECK ("engagements"."cameo_code" ~ '^[0-9]{2,4}$'),
	CONSTRAINT "engagements_dates_in_order" CHECK ("engagements"."end_date" is null or "engagements"."end_date" >= "engagements"."start_date")
);
--> statement-breakpoint
ALTER TABLE "agreement_citations" ADD CONSTRAINT "agreement_citations_record_id_agreements_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_energy_projects" ADD CONSTRAINT "agreement_energy_projects_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_witnesses" ADD CONSTRAINT "agreement_witnesses_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_citations" ADD CONSTRAINT "engagement_citations_record_id_engagements_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_participants" ADD CONSTRAINT "engagement_participants_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_energy_projects_project" ON "agreement_energy_projects" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "agreement_parties_country" ON "agreement_parties" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "agreement_parties_organization" ON "agreement_parties" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "agreement_parties_signatory" ON "agreement_parties" USING btree ("signatory_id");--> statement-breakpoint
CREATE INDEX "agreement_witnesses_person" ON "agreement_witnesses" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "agreements_newest" ON "agreements" USING btree ("sort_date","id");--> statement-breakpoint
CREATE INDEX "agreements_signed_on" ON "agreements" USING btree ("signed_on");--> statement-breakpoint
CREATE INDEX "agreements_instrument_type" ON "agreements" USING btree ("instrument_type");--> statement-breakpoint
CREATE INDEX "agreements_status" ON "agreements" USING btree ("status");--> statement-breakpoint
CREATE INDEX "agreements_subjects" ON "agreements" USING gin ("subjects");--> statement-breakpoint
CREATE INDEX "agreements_engagement" ON "agreements" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "agreements_place" ON "agreements" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "engagement_participants_country" ON "engagement_participants" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "engagement_participants_organization" ON "engagement_participants" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "engagement_participants_person" ON "engagement_participants" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "engagements_newest" ON "engagements" USING btree ("start_date","id");--> statement-breakpoint
CREATE INDEX "engagements_kind" ON "engagements" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "engagements_place" ON "engagements" USING btree ("place_id");