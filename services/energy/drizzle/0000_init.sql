CREATE TYPE "public"."date_precision" AS ENUM('DAY', 'WEEK', 'MONTH', 'YEAR');--> statement-breakpoint
CREATE TYPE "public"."energy_project_kind" AS ENUM('GENERATION', 'TRANSMISSION', 'PROGRAMME');--> statement-breakpoint
CREATE TYPE "public"."energy_project_status" AS ENUM('ANNOUNCED', 'PRE_CONSTRUCTION', 'CONSTRUCTION', 'OPERATING', 'SHELVED', 'CANCELLED', 'MOTHBALLED', 'RETIRED');--> statement-breakpoint
CREATE TYPE "public"."project_country_role" AS ENUM('HOST', 'OFFTAKER', 'TRANSIT');--> statement-breakpoint
CREATE TYPE "public"."stakeholder_role" AS ENUM('SPONSOR', 'DEVELOPER', 'OWNER', 'OPERATOR', 'FINANCIER', 'GOVERNMENT_COUNTERPART', 'OFFTAKER');--> statement-breakpoint
CREATE TABLE "energy_project_citations" (
	"record_id" text NOT NULL,
	"position" integer NOT NULL,
	"source_id" text NOT NULL,
	"quote" text NOT NULL,
	"note" text,
	CONSTRAINT "energy_project_citations_record_id_position_pk" PRIMARY KEY("record_id","position"),
	CONSTRAINT "energy_project_citations_quote_present" CHECK (length(btrim("energy_project_citations"."quote")) > 0)
);
--> statement-breakpoint
CREATE TABLE "energy_projects" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	"summary" text,
	"kind" "energy_project_kind" NOT NULL,
	"technologies" text[] DEFAULT '{}' NOT NULL,
	"status" "energy_project_status" NOT NULL,
	"capacity_mw" double precision,
	"storage_mwh" double precision,
	"place_id" text,
	CONSTRAINT "energy_projects_technologies_known" CHECK ("energy_projects"."technologies" <@ array['SOLAR_PV', 'FLOATING_SOLAR', 'WIND', 'HYDRO', 'BATTERY_STORAGE', 'HVDC_TRANSMISSION', 'HVAC_TRANSMISSION', 'GAS', 'COAL', 'OTHER']::text[]),
	CONSTRAINT "energy_projects_capacity_non_negative" CHECK ("energy_projects"."capacity_mw" >= 0),
	CONSTRAINT "energy_projects_storage_non_negative" CHECK ("energy_projects"."storage_mwh" >= 0)
);
--> statement-breakpoint
CREATE TABLE "energy_target_citations" (
	"record_id" text NOT NULL,
	"position" integer NOT NULL,
	"source_id" text NOT NULL,
	"quote" text NOT NULL,
	"note" text,
	CONSTRAINT "energy_target_citations_record_id_position_pk" PRIMARY KEY("record_id","position"),
	CONSTRAINT "energy_target_citations_quote_present" CHECK (length(btrim("energy_target_citations"."quote")) > 0)
);
--> statement-breakpoint
CREATE TABLE "energy_targets" (
	"id" text PRIMARY KEY NOT NULL,
	"country_code" text NOT NULL,
	"technologies" text[] DEFAULT '{}' NOT NULL,
	"capacity_mw" double precision NOT NULL,
	"by_year" integer,
	"description" text,
	CONSTRAINT "energy_targets_country_alpha3" CHECK ("energy_targets"."country_code" ~ '^[A-Z]{3}$'),
	CONSTRAINT "energy_targets_technologies_known" CHECK ("energy_targets"."technologies" <@ array['SOLAR_PV', 'FLOATING_SOLAR', 'WIND', 'HYDRO', 'BATTERY_STORAGE', 'HVDC_TRANSMISSION', 'HVAC_TRANSMISSION', 'GAS', 'COAL', 'OTHER']::text[]),
	CONSTRAINT "energy_targets_capacity_non_negative" CHECK ("energy_targets"."capacity_mw" >= 0),
	CONSTRAINT "energy_targets_by_year" CHECK ("energy_targets"."by_year" between 1900 and 2200)
);
--> statement-breakpoint
CREATE TABLE "milestone_citations" (
	"record_id" text NOT NULL,
	"position" integer NOT NULL,
	"source_id" text NOT NULL,
	"quote" text NOT NULL,
	"note" text,
	CONSTRAINT "milestone_citations_record_id_position_pk" PRIMARY KEY("record_id","position"),
	CONSTRAINT "milestone_citations_quote_present" CHECK (length(btrim("milestone_citations"."quote")) > 0)
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"position" integer NOT NULL,
	"date" date NOT NULL,
	"date_precision" date_precision NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "milestones_project_position" UNIQUE("project_id","position"),
	CONSTRAINT "milestones_id_derived" CHECK ("milestones"."id" = ("milestones"."project_id" || ':' || "milestones"."position")),
	CONSTRAINT "milestones_description_present" CHECK (length(btrim("milestones"."description")) > 0)
);
--> statement-breakpoint
CREATE TABLE "project_countries" (
	"project_id" text NOT NULL,
	"position" integer NOT NULL,
	"country_code" text NOT NULL,
	"role" "project_country_role" NOT NULL,
	"capacity_mw" double precision,
	CONSTRAINT "project_countries_project_id_country_code_role_pk" PRIMARY KEY("project_id","country_code","role"),
	CONSTRAINT "project_countries_project_position" UNIQUE("project_id","position"),
	CONSTRAINT "project_countries_country_alpha3" CHECK ("project_countries"."country_code" ~ '^[A-Z]{3}$'),
	CONSTRAINT "project_countries_capacity_non_negative" CHECK ("project_countries"."capacity_mw" >= 0)
);
--> statement-breakpoint
CREATE TABLE "project_stakeholders" (
	"project_id" text NOT NULL,
	"position" integer NOT NULL,
	"organization_id" text NOT NULL,
	"role" "stakeholder_role" NOT NULL,
	CONSTRAINT "project_stakeholders_project_id_organization_id_role_pk" PRIMARY KEY("project_id","organization_id","role"),
	CONSTRAINT "project_stakeholders_project_position" UNIQUE("project_id","position")
);
--> statement-breakpoint
ALTER TABLE "energy_project_citations" ADD CONSTRAINT "energy_project_citations_record_id_energy_projects_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."energy_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "energy_target_citations" ADD CONSTRAINT "energy_target_citations_record_id_energy_targets_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."energy_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_citations" ADD CONSTRAINT "milestone_citations_record_id_milestones_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_project_id_energy_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."energy_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_countries" ADD CONSTRAINT "project_countries_project_id_energy_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."energy_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_stakeholders" ADD CONSTRAINT "project_stakeholders_project_id_energy_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."energy_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "energy_projects_name" ON "energy_projects" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "energy_projects_status" ON "energy_projects" USING btree ("status");--> statement-breakpoint
CREATE INDEX "energy_projects_kind" ON "energy_projects" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "energy_projects_technologies" ON "energy_projects" USING gin ("technologies");--> statement-breakpoint
CREATE INDEX "energy_targets_country" ON "energy_targets" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "energy_targets_by_year" ON "energy_targets" USING btree ("by_year","id");--> statement-breakpoint
CREATE INDEX "energy_targets_technologies" ON "energy_targets" USING gin ("technologies");--> statement-breakpoint
CREATE INDEX "milestones_project_date" ON "milestones" USING btree ("project_id","date","position");--> statement-breakpoint
CREATE INDEX "project_countries_country" ON "project_countries" USING btree ("country_code","project_id");--> statement-breakpoint
CREATE INDEX "project_stakeholders_organization" ON "project_stakeholders" USING btree ("organization_id","project_id");