export { createClient, GraphErrors, HttpError, type Client, type ClientOptions, type GraphError, type GraphResponse } from './client.js';
export { CountrySummary, SecurityEventsPage } from './operations.js';
export { eventsPage, eventsReport, formatReport, type EventsReport } from './report.js';
export { main } from './main.js';
