DROP INDEX "security_events_status";--> statement-breakpoint
DROP INDEX "security_events_date";--> statement-breakpoint
DROP INDEX "security_events_country";--> statement-breakpoint
DROP INDEX "security_events_place";--> statement-breakpoint
DROP INDEX "security_events_event_type";--> statement-breakpoint
DROP INDEX "security_events_sub_event_type";--> statement-breakpoint
DROP INDEX "security_events_disorder_type";--> statement-breakpoint
CREATE INDEX "security_events_fatalities_qualifier" ON "security_events" USING btree ("fatalities_qualifier","archived_at");--> statement-breakpoint
CREATE INDEX "security_events_status" ON "security_events" USING btree ("status","archived_at");--> statement-breakpoint
CREATE INDEX "security_events_date" ON "security_events" USING btree ("date","id","archived_at");--> statement-breakpoint
CREATE INDEX "security_events_country" ON "security_events" USING btree ("country_code","date","id","archived_at");--> statement-breakpoint
CREATE INDEX "security_events_place" ON "security_events" USING btree ("place_id","date","id","archived_at");--> statement-breakpoint
CREATE INDEX "security_events_event_type" ON "security_events" USING btree ("event_type","archived_at");--> statement-breakpoint
CREATE INDEX "security_events_sub_event_type" ON "security_events" USING btree ("sub_event_type","archived_at");--> statement-breakpoint
CREATE INDEX "security_events_disorder_type" ON "security_events" USING btree ("disorder_type","archived_at");