/** The header the gateway proves itself with to the subgraphs. */
export const gatewaySecretHeader = 'x-pamir-gateway-secret';

/** The header that names a request in every process's logs; the gateway passes it on to the subgraphs. */
export const requestIdHeader = 'x-request-id';
