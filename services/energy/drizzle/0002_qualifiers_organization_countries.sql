CREATE TYPE "public"."figure_qualifier" AS ENUM('EXACT', 'AT_LEAST', 'AT_MOST', 'ABOUT', 'UNKNOWN');--> statement-breakpoint
ALTER TABLE "energy_projects" ADD COLUMN "capacity_qualifier" "figure_qualifier";--> statement-breakpoint
ALTER TABLE "project_stakeholders" ADD COLUMN "organization_country_code" text;--> statement-breakpoint
CREATE INDEX "project_stakeholders_organization_country" ON "project_stakeholders" USING btree ("organization_country_code","project_id");--> statement-breakpoint
ALTER TABLE "project_stakeholders" ADD CONSTRAINT "project_stakeholders_organization_country_alpha3" CHECK ("project_stakeholders"."organization_country_code" ~ '^[A-Z]{3}$');