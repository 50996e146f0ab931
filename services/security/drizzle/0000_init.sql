CREATE TYPE "public"."actor_role" AS ENUM('ACTOR1', 'ASSOC_ACTOR1', 'ACTOR2', 'ASSOC_ACTOR2');--> statement-breakpoint
CREATE TYPE "public"."actor_type" AS ENUM('STATE_FORCES', 'REBEL_GROUP', 'POLITICAL_MILITIA', 'IDENTITY_MILITIA', 'RIOTERS', 'PROTESTERS', 'CIVILIANS', 'EXTERNAL_OTHER_FORCES');--> statement-breakpoint
CREATE TYPE "public"."date_precision" AS ENUM('DAY', 'WEEK', 'MONTH', 'YEAR');--> statement-breakpoint
CREATE TYPE "public"."disorder_type" AS ENUM('POLITICAL_VIOLENCE', 'DEMONSTRATIONS', 'POLITICAL_VIOLENCE_DEMONSTRATIONS', 'STRATEGIC_DEVELOPMENTS');--> statement-breakpoint
CREATE TYPE "public"."event_type" AS ENUM('BATTLES', 'EXPLOSIONS_REMOTE_VIOLENCE', 'VIOLENCE_AGAINST_CIVILIANS', 'PROTESTS', 'RIOTS', 'STRATEGIC_DEVELOPMENTS');--> statement-breakpoint
CREATE TYPE "public"."facility_kind" AS ENUM('BASE', 'OUTPOST', 'BORDER_POST', 'ARMS_FACTORY', 'TRAINING_CENTRE', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."facility_organization_kind" AS ENUM('OPERATOR', 'FINANCIER');--> statement-breakpoint
CREATE TYPE "public"."facility_status" AS ENUM('PROPOSED', 'PLANNED', 'UNDER_CONSTRUCTION', 'OPERATIONAL', 'CLOSED');--> statement-breakpoint
CREATE TYPE "public"."sub_event_type" AS ENUM('ARMED_CLASH', 'GOVERNMENT_REGAINS_TERRITORY', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 'CHEMICAL_WEAPON', 'AIR_DRONE_STRIKE', 'SUICIDE_BOMB', 'SHELLING_ARTILLERY_MISSILE_ATTACK', 'REMOTE_EXPLOSIVE_LANDMINE_IED', 'GRENADE', 'SEXUAL_VIOLENCE', 'ATTACK', 'ABDUCTION_FORCED_DISAPPEARANCE', 'PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION', 'EXCESSIVE_FORCE_AGAINST_PROTESTERS', 'VIOLENT_DEMONSTRATION', 'MOB_VIOLENCE', 'AGREEMENT', 'ARRESTS', 'CHANGE_TO_GROUP_ACTIVITY', 'DISRUPTED_WEAPONS_USE', 'HEADQUARTERS_OR_BASE_ESTABLISHED', 'LOOTING_PROPERTY_DESTRUCTION', 'NON_VIOLENT_TRANSFER_OF_TERRITORY', 'OTHER');--> statement-breakpoint
CREATE TABLE "military_facilities" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	"kind" "facility_kind" NOT NULL,
	"status" "facility_status" NOT NULL,
	"summary" text,
	"host_country_code" text NOT NULL,
	"place_id" text,
	"established" date,
	"established_precision" date_precision,
	"cost_usd" double precision,
	CONSTRAINT "military_facilities_established_whole" CHECK (("military_facilities"."established" is null) = ("military_facilities"."established_precision" is null)),
	CONSTRAINT "military_facilities_cost" CHECK ("military_facilities"."cost_usd" is null or "military_facilities"."cost_usd" >= 0),
	CONSTRAINT "military_facilities_host_alpha3" CHECK ("military_facilities"."host_country_code" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "military_facility_citations" (
	"record_id" text NOT NULL,
	"position" integer NOT NULL,
	"source_id" text NOT NULL,
	"quote" text NOT NULL,
	"note" text,
	CONSTRAINT "military_facility_citations_record_id_position_pk" PRIMARY KEY("record_id","position"),
	CONSTRAINT "military_facility_citations_quote_present" CHECK (length(btrim("military_facility_citations"."quote")) > 0)
);
--> statement-breakpoint
CREATE TABLE "military_facility_organizations" (
	"facility_id" text NOT NULL,
	"kind" "facility_organization_kind" NOT NULL,
	"position" integer NOT NULL,
	"organization_id" text NOT NULL,
	CONSTRAINT "military_facility_organizations_facility_id_kind_position_pk" PRIMARY KEY("facility_id","kind","position"),
	CONSTRAINT "military_facility_organizations_position" CHECK ("military_facility_organizations"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "military_facility_reported_costs" (
	"facility_id" text NOT NULL,
	"position" integer NOT NULL,
	"amount_usd" double precision NOT NULL,
	"source_id" text NOT NULL,
	"quote" text NOT NULL,
	"note" text,
	CONSTRAINT "military_facility_reported_costs_facility_id_position_pk" PRIMARY KEY("facility_id","position"),
	CONSTRAINT "military_facility_reported_costs_amount" CHECK ("military_facility_reported_costs"."amount_usd" >= 0),
	CONSTRAINT "military_facility_reported_costs_quote_present" CHECK (length(btrim("military_facility_reported_costs"."quote")) > 0)
);
--> statement-breakpoint
CREATE TABLE "security_event_actors" (
	"event_id" text NOT NULL,
	"position" integer NOT NULL,
	"organization_id" text NOT NULL,
	"role" "actor_role" NOT NULL,
	"actor_type" "actor_type" NOT NULL,
	CONSTRAINT "security_event_actors_event_id_position_pk" PRIMARY KEY("event_id","position"),
	CONSTRAINT "security_event_actors_position" CHECK ("security_event_actors"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "security_event_citations" (
	"record_id" text NOT NULL,
	"position" integer NOT NULL,
	"source_id" text NOT NULL,
	"quote" text NOT NULL,
	"note" text,
	CONSTRAINT "security_event_citations_record_id_position_pk" PRIMARY KEY("record_id","position"),
	CONSTRAINT "security_event_citations_quote_present" CHECK (length(btrim("security_event_citations"."quote")) > 0)
);
--> statement-breakpoint
CREATE TABLE "security_events" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"date" date NOT NULL,
	"date_end" date,
	"date_precision" date_precision NOT NULL,
	"disorder_type" "disorder_type" NOT NULL,
	"event_type" "event_type" NOT NULL,
	"sub_event_type" "sub_event_type" NOT NULL,
	"country_code" text NOT NULL,
	"place_id" text,
	"fatalities" integer,
	"civilian_targeting" boolean NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	CONSTRAINT "security_events_period" CHECK ("security_events"."date_end" is null or "security_events"."date_end" >= "security_events"."date"),
	CONSTRAINT "security_events_fatalities" CHECK ("security_events"."fatalities" is null or "security_events"."fatalities" >= 0),
	CONSTRAINT "security_events_sub_event_type" CHECK ((("security_events"."event_type" = 'BATTLES' and "security_events"."sub_event_type" in ('ARMED_CLASH', 'GOVERNMENT_REGAINS_TERRITORY', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY')) or ("security_events"."event_type" = 'EXPLOSIONS_REMOTE_VIOLENCE' and "security_events"."sub_event_type" in ('CHEMICAL_WEAPON', 'AIR_DRONE_STRIKE', 'SUICIDE_BOMB', 'SHELLING_ARTILLERY_MISSILE_ATTACK', 'REMOTE_EXPLOSIVE_LANDMINE_IED', 'GRENADE')) or ("security_events"."event_type" = 'VIOLENCE_AGAINST_CIVILIANS' and "security_events"."sub_event_type" in ('SEXUAL_VIOLENCE', 'ATTACK', 'ABDUCTION_FORCED_DISAPPEARANCE')) or ("security_events"."event_type" = 'PROTESTS' and "security_events"."sub_event_type" in ('PEACEFUL_PROTEST', 'PROTEST_WITH_INTERVENTION', 'EXCESSIVE_FORCE_AGAINST_PROTESTERS')) or ("security_events"."event_type" = 'RIOTS' and "security_events"."sub_event_type" in ('VIOLENT_DEMONSTRATION', 'MOB_VIOLENCE')) or ("security_events"."event_type" = 'STRATEGIC_DEVELOPMENTS' and "security_events"."sub_event_type" in ('AGREEMENT', 'ARRESTS', 'CHANGE_TO_GROUP_ACTIVITY', 'DISRUPTED_WEAPONS_USE', 'HEADQUARTERS_OR_BASE_ESTABLISHED', 'LOOTING_PROPERTY_DESTRUCTION', 'NON_VIOLENT_TRANSFER_OF_TERRITORY', 'OTHER')))),
	CONSTRAINT "security_events_strategic_disorder" CHECK (("security_events"."disorder_type" = 'STRATEGIC_DEVELOPMENTS') = ("security_events"."event_type" = 'STRATEGIC_DEVELOPMENTS')),
	CONSTRAINT "security_events_country_alpha3" CHECK ("security_events"."country_code" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
ALTER TABLE "military_facility_citations" ADD CONSTRAINT "military_facility_citations_record_id_military_facilities_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."military_facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "military_facility_organizations" ADD CONSTRAINT "military_facility_organizations_facility_id_military_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."military_facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "military_facility_reported_costs" ADD CONSTRAINT "military_facility_reported_costs_facility_id_military_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."military_facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_event_actors" ADD CONSTRAINT "security_event_actors_event_id_security_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."security_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_event_citations" ADD CONSTRAINT "security_event_citations_record_id_security_events_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."security_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "military_facilities_name" ON "military_facilities" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "military_facilities_host_country" ON "military_facilities" USING btree ("host_country_code");--> statement-breakpoint
CREATE INDEX "military_facilities_kind" ON "military_facilities" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "military_facilities_status" ON "military_facilities" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "military_facility_organizations_once" ON "military_facility_organizations" USING btree ("facility_id","kind","organization_id");--> statement-breakpoint
CREATE INDEX "military_facility_organizations_organization" ON "military_facility_organizations" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "security_event_actors_once_per_role" ON "security_event_actors" USING btree ("event_id","organization_id","role");--> statement-breakpoint
CREATE UNIQUE INDEX "security_event_actors_main_role" ON "security_event_actors" USING btree ("event_id","role") WHERE "security_event_actors"."role" in ('ACTOR1', 'ACTOR2');--> statement-breakpoint
CREATE INDEX "security_event_actors_organization" ON "security_event_actors" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "security_events_date" ON "security_events" USING btree ("date","id");--> statement-breakpoint
CREATE INDEX "security_events_country" ON "security_events" USING btree ("country_code","date","id");--> statement-breakpoint
CREATE INDEX "security_events_place" ON "security_events" USING btree ("place_id","date","id");--> statement-breakpoint
CREATE INDEX "security_events_event_type" ON "security_events" USING btree ("event_type");--> statement-breakpoint
CREATE INDEX "security_events_sub_event_type" ON "security_events" USING btree ("sub_event_type");--> statement-breakpoint
CREATE INDEX "security_events_disorder_type" ON "security_events" USING btree ("disorder_type");