// The write forms and the sign-in page: one chunk, loaded only when one of them is opened, so the
// first page a reader loads carries none of it.
import './forms.css';

export { NewEventPage } from './NewEventPage';
export { ProjectStatusPage } from './ProjectStatusPage';
export { SignInPage } from './SignInPage';
