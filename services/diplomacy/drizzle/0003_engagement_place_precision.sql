CREATE TYPE "public"."place_precision" AS ENUM('EXACT', 'NEAR', 'WITHIN', 'COUNTRY');--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "place_precision" "place_precision";