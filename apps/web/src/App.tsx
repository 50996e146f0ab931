import { useEffect, useRef } from 'react';
import { RefusalNotice, SessionStatus } from './components/Session';
import { Link, useLocation } from './router';
import { RouteView, tellsOwnRefusals } from './routes';

const sections = [
  { href: '/', label: 'Overview' },
  { href: '/map', label: 'Map' },
  { href: '/security', label: 'Security' },
  { href: '/diplomacy', label: 'Diplomacy' },
  { href: '/energy', label: 'Energy' },
];

/** The frame around every view: skip link, navigation, and a main region that takes focus on navigation. */
export function App() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);

  useEffect(() => {
    // After a client-side navigation, start the reader (and the screen reader) at the new view.
    // Compared with the path last shown, not counted by renders: an effect React runs again for
    // the same path (as it may when a lazy view suspends) must not take the focus from the page.
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);

  const current = (href: string) => (href === '/' ? pathname === '/' : pathname.startsWith(href));
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          Pamir
        </Link>
        <nav aria-label="Views">
          <ul>
            {sections.map((section) => (
              <li key={section.href}>
                <Link href={section.href} aria-current={current(section.href) ? 'page' : undefined}>
                  {section.label}
                </Link>
              </li>
            ))}
            <li>
              {/* The IDE is a separate page (its own bundle), so a plain link. */}
              <a href="/graphiql">GraphiQL IDE</a>
            </li>
          </ul>
        </nav>
        <SessionStatus />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {tellsOwnRefusals(pathname) ? null : <RefusalNotice />}
        <RouteView pathname={pathname} />
      </main>
      <footer className="site-footer">
        <p>Every fact in Pamir comes from a cited source; each record lists its sources and the words they are quoted for.</p>
      </footer>
    </>
  );
}
