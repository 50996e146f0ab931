import { lazy, Suspense, type ReactNode } from 'react';
import { Loading } from './components/QueryState';
import { matchPath } from './router';
import { DiplomacyView } from './views/diplomacy/DiplomacyView';
import { EnergyView } from './views/energy/EnergyView';
import { CountryPage } from './views/entities/CountryPage';
import { OrganizationPage } from './views/entities/OrganizationPage';
import { PersonPage } from './views/entities/PersonPage';
import { PlacePage } from './views/entities/PlacePage';
import { NotFound } from './views/NotFound';
import { OverviewView } from './views/overview/OverviewView';
import { AgreementRecord } from './views/records/AgreementRecord';
import { EngagementRecord } from './views/records/EngagementRecord';
import { EventRecord } from './views/records/EventRecord';
import { FacilityRecord } from './views/records/FacilityRecord';
import { ProjectRecord } from './views/records/ProjectRecord';
import { SecurityView } from './views/security/SecurityView';

// The map brings a projection library and the world's borders: loaded only when opened.
const MapView = lazy(() => import('./views/map/MapView'));

// The sign-in page and the write forms share one chunk, loaded only when one of them is opened.
const forms = () => import('./views/forms');
const SignInPage = lazy(() => forms().then((m) => ({ default: m.SignInPage })));
const NewEventPage = lazy(() => forms().then((m) => ({ default: m.NewEventPage })));
const ProjectStatusPage = lazy(() => forms().then((m) => ({ default: m.ProjectStatusPage })));

const formPage = (page: ReactNode) => <Suspense fallback={<Loading what="the form" />}>{page}</Suspense>;

/** Pages that tell the reader themselves when the server refuses their sign-in. */
export const tellsOwnRefusals = (pathname: string) =>
  ['/sign-in', '/security/new', '/projects/:id/status'].some((pattern) => matchPath(pattern, pathname));

const routes: { pattern: string; render: (params: Record<string, string>) => ReactNode }[] = [
  { pattern: '/', render: () => <OverviewView /> },
  {
    pattern: '/map',
    render: () => (
      <Suspense fallback={<Loading what="the map" />}>
        <MapView />
      </Suspense>
    ),
  },
  { pattern: '/sign-in', render: () => formPage(<SignInPage />) },
  { pattern: '/security', render: () => <SecurityView /> },
  { pattern: '/security/new', render: () => formPage(<NewEventPage />) },
  { pattern: '/diplomacy', render: () => <DiplomacyView /> },
  { pattern: '/energy', render: () => <EnergyView /> },
  { pattern: '/countries/:code', render: ({ code = '' }) => <CountryPage code={code} /> },
  { pattern: '/places/:id', render: ({ id = '' }) => <PlacePage id={id} /> },
  { pattern: '/organizations/:id', render: ({ id = '' }) => <OrganizationPage id={id} /> },
  { pattern: '/people/:id', render: ({ id = '' }) => <PersonPage id={id} /> },
  { pattern: '/events/:id', render: ({ id = '' }) => <EventRecord id={id} /> },
  { pattern: '/facilities/:id', render: ({ id = '' }) => <FacilityRecord id={id} /> },
  { pattern: '/agreements/:id', render: ({ id = '' }) => <AgreementRecord id={id} /> },
  { pattern: '/engagements/:id', render: ({ id = '' }) => <EngagementRecord id={id} /> },
  { pattern: '/projects/:id', render: ({ id = '' }) => <ProjectRecord id={id} /> },
  { pattern: '/projects/:id/status', render: ({ id = '' }) => formPage(<ProjectStatusPage id={id} />) },
];

export function RouteView({ pathname }: { pathname: string }) {
  for (const route of routes) {
    const params = matchPath(route.pattern, pathname);
    // key: a new record starts from a fresh component, not the previous one's state.
    if (params) return <div key={pathname}>{route.render(params)}</div>;
  }
  return <NotFound />;
}
