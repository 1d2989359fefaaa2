import { createBrowserRouter } from 'react-router';
import { AdminEmailsPage } from './AdminEmailsPage';
import { AdminNewUserPage } from './AdminNewUserPage';
import { AdminUserPage } from './AdminUserPage';
import { AdminUsersPage } from './AdminUsersPage';
import { AppLayout } from './AppLayout';
import { ConfirmEmailPage } from './ConfirmEmailPage';
import { EditOneOnOnePage } from './EditOneOnOnePage';
import { HomePage } from './HomePage';
import { MeetingPage } from './MeetingPage';
import { NewOneOnOnePage } from './NewOneOnOnePage';
import { NewTemplatePage } from './NewTemplatePage';
import { NotFoundPage } from './NotFoundPage';
import { OneOnOnePage } from './OneOnOnePage';
import { OneOnOnesPage } from './OneOnOnesPage';
import { PeoplePage } from './PeoplePage';
import { PersonPage } from './PersonPage';
import { ResetPasswordPage } from './ResetPasswordPage';
import { SettingsPage } from './SettingsPage';
import { SignInPage } from './SignInPage';
import { TemplatesPage } from './TemplatesPage';
import { WelcomePage } from './WelcomePage';

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInPage /> },
    { path: '/reset-password', element: <ResetPasswordPage /> },
    { path: '/confirm-email', element: <ConfirmEmailPage /> },
    { path: '/welcome', element: <WelcomePage /> },
    {
      path: '/',
      element: <AppLayout />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'one-on-ones', element: <OneOnOnesPage /> },
        { path: 'one-on-ones/new', element: <NewOneOnOnePage /> },
        { path: 'one-on-ones/:id', element: <OneOnOnePage /> },
        { path: 'one-on-ones/:id/edit', element: <EditOneOnOnePage /> },
        { path: 'meetings/:id', element: <MeetingPage /> },
        { path: 'people', element: <PeoplePage /> },
        { path: 'people/:id', element: <PersonPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: 'templates', element: <TemplatesPage /> },
        { path: 'templates/new', element: <NewTemplatePage /> },
        { path: 'admin', element: <AdminUsersPage /> },
        { path: 'admin/users/new', element: <AdminNewUserPage /> },
        { path: 'admin/users/:id', element: <AdminUserPage /> },
        { path: 'admin/emails', element: <AdminEmailsPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
