import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { AuditLog } from '../../features/audit/components/AuditLog';
import { CategoryAdmin } from '../../features/categories/components/CategoryAdmin';
import { AdminProducts } from '../../features/products/components/AdminProducts';
import { UsersTable } from '../../features/users/components/UsersTable';
import { useDocumentTitle } from '../../lib/document-title';

function AdminShell({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <nav aria-label="Admin" className="tabs">
        <NavLink to="/admin/products">Products</NavLink>
        <NavLink to="/admin/users">Users</NavLink>
        <NavLink to="/admin/categories">Categories</NavLink>
        <NavLink to="/admin/audit">Audit log</NavLink>
      </nav>
      {children}
    </>
  );
}

export function AdminProductsPage() {
  return (
    <AdminShell title="All products">
      <AdminProducts />
    </AdminShell>
  );
}

export function AdminUsersPage() {
  return (
    <AdminShell title="Users">
      <UsersTable />
    </AdminShell>
  );
}

export function AdminCategoriesPage() {
  return (
    <AdminShell title="Categories">
      <CategoryAdmin />
    </AdminShell>
  );
}

export function AdminAuditPage() {
  return (
    <AdminShell title="Audit log">
      <AuditLog scope={PLATFORM} />
    </AdminShell>
  );
}

const PLATFORM = { kind: 'platform' } as const;
