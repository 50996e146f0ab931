CREATE TYPE "public"."date_qualifier" AS ENUM('ON', 'WITHIN', 'BY', 'BEFORE', 'AFTER', 'ABOUT');--> statement-breakpoint
CREATE TYPE "public"."engagement_status" AS ENUM('REPORTED', 'CLAIMED', 'SCHEDULED', 'PLANNED', 'INVITED');--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD COLUMN "organization_country_code" text;--> statement-breakpoint
ALTER TABLE "engagement_participants" ADD COLUMN "organization_country_code" text;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "date_qualifier" date_qualifier DEFAULT 'ON' NOT NULL;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "status" "engagement_status" DEFAULT 'REPORTED' NOT NULL;--> statement-breakpoint
CREATE INDEX "agreement_parties_organization_country" ON "agreement_parties" USING btree ("organization_country_code");--> statement-breakpoint
CREATE INDEX "engagement_participants_organization_country" ON "engagement_participants" USING btree ("organization_country_code");--> statement-breakpoint
CREATE INDEX "engagements_status" ON "engagements" USING btree ("status");--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_organization_country" CHECK ("agreement_parties"."organization_country_code" is null or ("agreement_parties"."organization_id" is not null and "agreement_parties"."organization_country_code" ~ '^[A-Z]{3}$'));--> statement-breakpoint
ALTER TABLE "engagement_participants" ADD CONSTRAINT "engagement_participants_organization_country" CHECK ("engagement_participants"."organization_country_code" is null or ("engagement_participants"."organization_id" is not null and "engagement_participants"."organization_country_code" ~ '^[A-Z]{3}$'));