import { Link } from '../router';

export function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no view at this address. <Link href="/">Go to the overview</Link>.
      </p>
    </>
  );
}
