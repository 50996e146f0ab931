export { forbidden, hasScope, isScope, requireScope, unauthenticated, writeScope, type Caller, type Scope } from './caller.js';
export { localAudience, localIssuer, localSecret } from './local-secret.js';
export { mintToken } from './mint.js';
export { createVerifier, type AuthConfig, type Verifier } from './verify.js';
export { authenticate, requireAuth, type RequestAuth } from './request.js';
