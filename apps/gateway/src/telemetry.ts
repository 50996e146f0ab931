/**
 * No call leaves the machine. @apollo/gateway starts an anonymous usage exporter to Apollo, which
 * also looks up cloud metadata endpoints, unless APOLLO_TELEMETRY_DISABLED is `true` in the
 * environment when `new ApolloGateway()` runs; it reads nothing else for this. Set here, by the
 * gateway itself, so no launcher, container or test can forget it. (Apollo Server's own usage and
 * schema reporting are turned off by plugins in gateway.ts.)
 */
export function turnOffApolloTelemetry(): void {
  process.env['APOLLO_TELEMETRY_DISABLED'] = 'true';
}
