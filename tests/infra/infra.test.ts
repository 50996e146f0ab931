// The checks of the images, the compose file and the Kubernetes manifests, in one test file so the
// configuration parsers they run (the gateway's and each subgraph's env.ts, which load the servers)
// load once: the checks take about a second, loading those most of the rest. No graph is started.
import './dockerfiles.js';
import './generated.js';
import './manifests.js';
