import { Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { ProtectedRoute } from './ProtectedRoute';
import { AcceptInvitationPage } from './routes/AcceptInvitationPage';
import { AccountPage } from './routes/AccountPage';
import { AdminAuditPage, AdminCategoriesPage, AdminProductsPage, AdminUsersPage } from './routes/AdminPages';
import { CataloguePage } from './routes/CataloguePage';
import { ForgotPasswordPage } from './routes/ForgotPasswordPage';
import { ImportPage } from './routes/ImportPage';
import { JobPage, JobsPage } from './routes/JobsPages';
import { LoginPage } from './routes/LoginPage';
import { EditProductPage, MyProductsPage, NewProductPage, TrashPage } from './routes/MyProductsPages';
import { NewWorkspacePage } from './routes/NewWorkspacePage';
import { NotFoundPage } from './routes/NotFoundPage';
import { ProductPage } from './routes/ProductPage';
import { RegisterPage } from './routes/RegisterPage';
import { ResetPasswordPage } from './routes/ResetPasswordPage';
import { VerifyEmailPage } from './routes/VerifyEmailPage';
import { WorkspaceAuditPage } from './routes/WorkspaceAuditPage';
import { WorkspaceMembersPage } from './routes/WorkspaceMembersPage';
import { WebhookDeliveryPage, WorkspaceWebhookPage, WorkspaceWebhooksPage } from './routes/WorkspaceWebhooksPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<CataloguePage />} />
        <Route path="products/:id" element={<ProductPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="verify-email" element={<VerifyEmailPage />} />
        <Route path="invitations/accept" element={<AcceptInvitationPage />} />
        <Route element={<ProtectedRoute />}>
          <Route path="account" element={<AccountPage />} />
          <Route path="my/products" element={<MyProductsPage />} />
          <Route path="my/products/new" element={<NewProductPage />} />
          <Route path="my/products/trash" element={<TrashPage />} />
          <Route path="my/products/import" element={<ImportPage />} />
          <Route path="jobs" element={<JobsPage />} />
          <Route path="jobs/:id" element={<JobPage />} />
          <Route path="my/products/:id/edit" element={<EditProductPage />} />
          <Route path="workspaces/new" element={<NewWorkspacePage />} />
          <Route path="workspaces/:slug/members" element={<WorkspaceMembersPage />} />
          <Route path="workspaces/:slug/audit" element={<WorkspaceAuditPage />} />
          <Route path="workspaces/:slug/webhooks" element={<WorkspaceWebhooksPage />} />
          <Route path="workspaces/:slug/webhooks/:id" element={<WorkspaceWebhookPage />} />
          <Route path="workspaces/:slug/webhooks/:id/deliveries/:deliveryId" element={<WebhookDeliveryPage />} />
        </Route>
        <Route element={<ProtectedRoute role="ADMIN" />}>
          <Route path="admin/products" element={<AdminProductsPage />} />
          <Route path="admin/users" element={<AdminUsersPage />} />
          <Route path="admin/categories" element={<AdminCategoriesPage />} />
          <Route path="admin/audit" element={<AdminAuditPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
