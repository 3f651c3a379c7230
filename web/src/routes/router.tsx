import { createBrowserRouter } from 'react-router';
import { Layout } from '../components/Layout';
import { RequireSignIn } from '../components/RequireSignIn';
import { ActivationPage } from './auth/ActivationPage';
import { ForgotPasswordPage } from './auth/ForgotPasswordPage';
import { LoginPage } from './auth/LoginPage';
import { ResetPasswordPage } from './auth/ResetPasswordPage';
import { TotpEnrolPage } from './auth/TotpEnrolPage';
import { AreaPage } from './catalogue/AreaPage';
import { CataloguePage } from './catalogue/CataloguePage';
import { ProcedurePage } from './catalogue/ProcedurePage';
import { AuthorityUsersPage } from './authority-users/AuthorityUsersPage';
import { CountryPolicyPage } from './coordination/CountryPolicyPage';
import { CreateAuthorityPage } from './coordination/CreateAuthorityPage';
import { RegistrationDetailPage } from './coordination/RegistrationDetailPage';
import { RegistrationQueuePage } from './coordination/RegistrationQueuePage';
import { AuthorityProfilePage } from './directory/AuthorityProfilePage';
import { DirectoryPage } from './directory/DirectoryPage';
import { EditAuthorityPage } from './directory/EditAuthorityPage';
import { NotFoundPage } from './errors/NotFoundPage';
import { RouteErrorPage } from './errors/RouteErrorPage';
import { HomePage } from './home/HomePage';
import { RegisterDonePage } from './registration/RegisterDonePage';
import { RegisterPage } from './registration/RegisterPage';
import { ComposePage } from './requests/compose/ComposePage';
import { InboxPage } from './requests/InboxPage';
import { NotificationsPage } from './requests/NotificationsPage';
import { RequestPage } from './requests/RequestPage';
import { EnableTotpPage } from './settings/EnableTotpPage';
import { SettingsPage } from './settings/SettingsPage';

/** The screens, one folder per family under routes/, all inside the site layout. */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'login', element: <LoginPage /> },
          { path: 'totp-enrol', element: <TotpEnrolPage /> },
          { path: 'activate', element: <ActivationPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'register', element: <RegisterPage /> },
          { path: 'register/done', element: <RegisterDonePage /> },
          // The catalogue is public, like GET /api/v1/catalogue: it holds no personal data.
          { path: 'catalogue', element: <CataloguePage /> },
          { path: 'catalogue/areas/:area', element: <AreaPage /> },
          { path: 'catalogue/procedures/:code', element: <ProcedurePage /> },
          {
            element: <RequireSignIn />,
            children: [
              { path: 'directory', element: <DirectoryPage /> },
              { path: 'authorities/:id', element: <AuthorityProfilePage /> },
              { path: 'authorities/:id/edit', element: <EditAuthorityPage /> },
              { path: 'authorities/:id/users', element: <AuthorityUsersPage /> },
              { path: 'coordination/registrations', element: <RegistrationQueuePage /> },
              { path: 'coordination/registrations/:id', element: <RegistrationDetailPage /> },
              { path: 'coordination/authorities/new', element: <CreateAuthorityPage /> },
              { path: 'coordination/policy', element: <CountryPolicyPage /> },
              { path: 'requests', element: <InboxPage /> },
              { path: 'requests/new', element: <ComposePage /> },
              { path: 'requests/:id', element: <RequestPage /> },
              { path: 'notifications', element: <NotificationsPage /> },
              { path: 'settings', element: <SettingsPage /> },
              { path: 'settings/totp', element: <EnableTotpPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
