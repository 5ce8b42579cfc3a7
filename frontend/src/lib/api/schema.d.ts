/**
 * Generated from the backend's OpenAPI document (npm run openapi -w backend) by openapi-typescript.
 * Do not edit: change the document, then run `npm run api-types -w frontend`.
 * npm test fails while this file differs from what that command writes (schema.test.ts).
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers while the process runs; checks no dependency.
         */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Ready while PostgreSQL answers. 503 when it does not, or while the instance drains after SIGTERM.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description One answer for an unknown email and a wrong password. Also sets the device cookie `shelfwise_device` (HttpOnly, SameSite=Strict, Path=/api/v1/auth, 1 year): a later sign-in sending it is limited per device, so failures elsewhere do not lock it out. Failures are limited per IP, per account and client (IP or device), and per account across clients without a device cookie, which past a threshold are also slowed down; over a limit the answer is 429 `rate_limited` with Retry-After.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the refresh token
         * @description Takes the refresh token from the body or else the cookie, and returns a new pair. Presenting a used token again revokes the whole session. When the token is known and its session was ended on purpose, the 401 says why in `reason` (`password_changed`, `logout_all`, ...); an unknown or expired token gets no `reason`.
         */
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out of this session
         * @description Ends the session named by the access token, or else by the refresh token (body or cookie). Idempotent.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out of every session */
        post: operations["logoutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the signed-in user's profile
         * @description For now only the display name (trimmed, one line, 1 to 100 characters).
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password
         * @description The new password must differ from the current one. Every other session is signed out.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Newest first, keyset-paginated: follow `nextCursor`.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user's role
         * @description Takes effect on the next request of that user. The last admin cannot be demoted.
         */
        patch: operations["changeUserRole"];
        trace?: never;
    };
    "/api/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a user
         * @description The user can no longer sign in (403 `account_deactivated`, after the right password only), and every session and API key of theirs ends at once. Recorded in the audit log. Idempotent. Not yourself, and not the last active admin.
         */
        post: operations["deactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a user
         * @description The user may sign in again; sessions and API keys ended by the deactivation stay ended. Recorded in the audit log. Idempotent.
         */
        post: operations["reactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description The email is trimmed and lower-cased. The answer is the same whether or not the address already has an account, so it cannot be used to find out: a new address gets an account and a confirmation link by email, a taken one gets an email telling its owner. No tokens: sign in with /login (an unconfirmed account may sign in; whether it may write products is UNVERIFIED_USERS_MAY_WRITE).
         */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password-reset link
         * @description Always 202 with the same body, in the same time: the address is looked up by a background job, which mails a single-use link (30 minutes by default) if an active account has it. At most ACCOUNT_EMAILS_PER_HOUR links per account per hour; more requests are answered the same and send nothing.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset link
         * @description The token from the emailed link. Every session and API key of the user ends, and the owner is told by email. A link works once; asking for a new one stops the older ones (they answer `reset_token_expired`). A new password that breaks the policy leaves the link unused.
         */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an email address with an emailed link
         * @description Confirms the account's address, or finishes a change of address (the new address replaces the old one). Needs no sign-in: the link is the proof. 409 `email_unavailable` when another account took the new address in the meantime (the link stays unused).
         */
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the confirmation link again
         * @description A fresh link to the account's address; earlier ones stop working. Limited to ACCOUNT_EMAILS_PER_HOUR per hour.
         */
        post: operations["resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/change-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the email address
         * @description Needs the current password. The new address gets a confirmation link and the change happens when it is followed (/verify-email); the current address gets a notice at once. Wrong passwords count towards the same per-user limit as /change-password.
         */
        post: operations["changeEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish a sign-in with the second factor
         * @description Takes the mfaToken /login answered (valid 5 minutes, once) and a TOTP or recovery code; answers like /login, cookies included. A wrong code leaves the mfaToken usable; failures are limited per user and per IP (429 `rate_limited`).
         */
        post: operations["loginTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start setting up two-factor sign-in
         * @description A new secret, pending until confirmed with /two-factor/enable (another set-up replaces it). Stored encrypted.
         */
        post: operations["setUpTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/two-factor/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn two-factor sign-in on
         * @description Confirms the pending secret with a first code from the app, and answers the recovery codes.
         */
        post: operations["enableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn two-factor sign-in off
         * @description Needs the password and a current code or a recovery code. The secret and the recovery codes are deleted.
         */
        post: operations["disableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/two-factor/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a user's second factor (admins)
         * @description Turns two-factor sign-in off for a user who lost both the app and the recovery codes; recorded in the audit log with the admin as actor. Answers 204 whether or not it was on.
         */
        post: operations["resetUserTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your API keys
         * @description Keys not revoked, newest first; expired ones too (until revoked). Never the key itself.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Give `expiresAt` or `expiresInDays` (not both), or neither for a key that does not expire. The answer holds the key once. At most 50 keys per user.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description It stops working at once, on every instance. Revoking a revoked key again is a no-op; a key of someone else is not found.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products
         * @description The public catalogue: active products of every workspace. `owner=me` lists your personal workspace's products instead, in any status (`status` filters them); `owner=<user id>` the active products that user created. Admins may pass any `owner` and `status`, across workspaces. A shared workspace's products, drafts included: GET /api/v1/workspaces/{slug}/products. `q` matches words and word prefixes in name, sku and description, forgiving plurals ("teapots" finds "teapot") and small typos ("tepot"). `sort=price` orders by currency, then price: two currencies never interleave; pass `currency` for one. Keyset-paginated for every `sort`: following `nextCursor` returns each matching product once, even while products are being added; a cursor works only in the list that gave it. The first page (no cursor) says how many products match in `total`, exactly up to 10,000. Pages of active products are served from a cache (`X-Cache`) that every write clears; while the database is unavailable a page cached before answers with `X-Cache: STALE`, one not cached answers 503.
         */
        get: operations["listProducts"];
        put?: never;
        /**
         * Create a product in your personal workspace
         * @description In your personal workspace, with you as its creator (`ownerId`); POST /api/v1/workspaces/{slug}/products creates in another. Status defaults to draft, currency to the server default. With an Idempotency-Key a retried request returns the first answer instead of creating again.
         */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/facets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count the products each filter would leave
         * @description For a filter panel: given the same filters as GET /api/v1/products, how many products match in all, per stock state, per currency and per child category of `category` (or per root category); each count exact up to 10,000. Cached with the list pages.
         */
        get: operations["listProductFacets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product
         * @description Any workspace's product. An active one is public; a draft or archived one is visible to the members of its workspace and to admins, and answers 404 to everyone else, like an id that does not exist. While the database is unavailable a product cached before answers with `X-Cache: STALE` (its last version; If-None-Match still works); one not cached answers 503.
         */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        /**
         * Move a product to the trash (or delete it from there)
         * @description Who may change it may delete it; If-Match as for PATCH. The product goes to its workspace's trash (GET /api/v1/workspaces/{slug}/products?trashed=true): out of every list and the public catalogue, its SKU free for another product, restorable for 30 days, then deleted with its pictures by an hourly job. Deleting a product already in the trash changes nothing. With `permanent=true` a product in the trash is deleted at once (409 `not_in_trash` for one outside it).
         */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        /**
         * Change a product
         * @description Wherever the product is: owners, admins and editors of its workspace, or a platform admin (403 `not_product_owner` to anyone else, `insufficient_workspace_role` to a viewer). Only the fields sent change. Send the ETag in If-Match so that a concurrent change is refused (412) instead of overwritten.
         */
        patch: operations["updateProduct"];
        trace?: never;
    };
    "/api/v1/products/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a product out of the trash
         * @description Who may change it; If-Match as for PATCH. 409 `duplicate_sku` when a product outside the trash has taken its SKU meanwhile.
         */
        post: operations["restoreProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a workspace's products
         * @description Every status to its members (`status` filters), the same filters and sorts as GET /api/v1/products, without `owner`; `trashed=true` lists the workspace's trash instead. `q` matches words and word prefixes in name, sku and description, forgiving plurals ("teapots" finds "teapot") and small typos ("tepot"). `sort=price` orders by currency, then price: two currencies never interleave; pass `currency` for one. Keyset-paginated for every `sort`: following `nextCursor` returns each matching product once, even while products are being added; a cursor works only in the list that gave it. The first page (no cursor) says how many products match in `total`, exactly up to 10,000. Pages are cached per workspace (`X-Cache`) and every write clears them.
         */
        get: operations["listWorkspaceProducts"];
        put?: never;
        /**
         * Create a product in a workspace
         * @description Owners, admins and editors. As POST /api/v1/products otherwise: you are its creator, Idempotency-Key replays (per workspace), the sku is unique within the workspace.
         */
        post: operations["createWorkspaceProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/products/facets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count a workspace's products each filter would leave
         * @description As GET /api/v1/products/facets, for this workspace's list (or its trash): also per status, and the 20 tags most used among the matches.
         */
        get: operations["listWorkspaceProductFacets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product of a workspace
         * @description Any status, for its members. A product of another workspace is 404 here, even where GET /api/v1/products/{id} would show it.
         */
        get: operations["getWorkspaceProduct"];
        put?: never;
        post?: never;
        /**
         * Move a product of a workspace to the trash (or delete it from there)
         * @description Who may change it may delete it; If-Match as for PATCH. The product goes to its workspace's trash (GET /api/v1/workspaces/{slug}/products?trashed=true): out of every list and the public catalogue, its SKU free for another product, restorable for 30 days, then deleted with its pictures by an hourly job. Deleting a product already in the trash changes nothing. With `permanent=true` a product in the trash is deleted at once (409 `not_in_trash` for one outside it).
         */
        delete: operations["deleteWorkspaceProduct"];
        options?: never;
        head?: never;
        /**
         * Change a product of a workspace
         * @description Owners, admins and editors, or a platform admin; as PATCH /api/v1/products/{id}, but only for a product of this workspace.
         */
        patch: operations["updateWorkspaceProduct"];
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/products/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a product of a workspace out of the trash
         * @description Who may change it; If-Match as for PATCH. 409 `duplicate_sku` when a product outside the trash has taken its SKU meanwhile.
         */
        post: operations["restoreWorkspaceProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder a product's pictures
         * @description Sets the order of the product's pictures: `order` lists every one of their ids once (else 400 `invalid_image_order`); the first becomes the primary picture. The product gets a new version.
         */
        put: operations["reorderProductImages"];
        /**
         * Add a picture to a product
         * @description Adds a picture as the product's last (at most 12); owners, admins and editors of its workspace, or a platform admin. The type is told by the bytes, whatever the file name or part Content-Type says: JPEG, PNG, WebP and AVIF are accepted, SVG and anything else is 415. The size limit is the server's IMAGE_MAX_BYTES (10 MB by default; 413 as soon as it is passed), the pixel limit IMAGE_MAX_PIXELS (40 megapixels; read from the header, 422 `image_too_many_pixels` before anything is decoded). A file cut short, carrying other data after the picture or markup in its metadata (a polyglot), or that does not decode is 422 `image_unreadable` (its `defect` says which: `truncated`, `trailing_data`, `active_content` or `undecodable`). The picture is re-encoded to WebP at 160, 480, 1200 px wide (never enlarged), its EXIF orientation applied and every metadata (EXIF, GPS, comments) dropped. Nothing is stored for a refused upload. The product gets a new version (its ETag is sent).
         */
        post: operations["addProductImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/images/{imageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a picture of a product
         * @description Removes one picture; those after it move up. Its files go with the next orphan sweep (hourly, once no picture uses them for an hour). The product gets a new version.
         */
        delete: operations["deleteProductImage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/products/{id}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder a product's pictures of a workspace
         * @description Sets the order of the product's pictures: `order` lists every one of their ids once (else 400 `invalid_image_order`); the first becomes the primary picture. The product gets a new version.
         */
        put: operations["reorderWorkspaceProductImages"];
        /**
         * Add a picture to a product of a workspace
         * @description Adds a picture as the product's last (at most 12); owners, admins and editors of its workspace, or a platform admin. The type is told by the bytes, whatever the file name or part Content-Type says: JPEG, PNG, WebP and AVIF are accepted, SVG and anything else is 415. The size limit is the server's IMAGE_MAX_BYTES (10 MB by default; 413 as soon as it is passed), the pixel limit IMAGE_MAX_PIXELS (40 megapixels; read from the header, 422 `image_too_many_pixels` before anything is decoded). A file cut short, carrying other data after the picture or markup in its metadata (a polyglot), or that does not decode is 422 `image_unreadable` (its `defect` says which: `truncated`, `trailing_data`, `active_content` or `undecodable`). The picture is re-encoded to WebP at 160, 480, 1200 px wide (never enlarged), its EXIF orientation applied and every metadata (EXIF, GPS, comments) dropped. Nothing is stored for a refused upload. The product gets a new version (its ETag is sent).
         */
        post: operations["addWorkspaceProductImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/products/{id}/images/{imageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a picture of a product of a workspace
         * @description Removes one picture; those after it move up. Its files go with the next orphan sweep (hourly, once no picture uses them for an hour). The product gets a new version.
         */
        delete: operations["deleteWorkspaceProductImage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/images/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A stored picture (one variant)
         * @description Public: the URLs in a product's `images` (`url`, `srcset`). Named by the SHA-256 of the picture's largest variant and the width, so the bytes at a URL never change: cached for a year (`immutable`), with a strong ETag. Not rate limited.
         */
        get: operations["getImageFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product's history, newest first
         * @description Members of the product's workspace (any role) and platform admins, whatever its status; anyone else gets 404 `product_not_found`. An API key needs products:read. Keyset-paged on the version: pass `nextCursor` as `cursor` for older entries.
         */
        get: operations["listProductHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product as it was at a version
         * @description Members of the product's workspace (any role) and platform admins, whatever its status; anyone else gets 404 `product_not_found`. An API key needs products:read. 404 `version_not_found` for a version that does not exist or that the history's retention removed.
         */
        get: operations["getProductVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revert a product to a version
         * @description Writes the values of `version` back as a new version (history change `revert`), under the rules of PATCH: who may change the product may revert it, an API key needs products:write. If-Match is required (428 `precondition_required` without it, 412 when stale), so a revert never undoes a change the caller has not seen. Every field but the pictures and the trash state is restored (a picture's files may be gone; POST …/restore takes a product out of the trash); categories deleted since are left out. Reverting to values equal to the current ones still writes a version. 404 `version_not_found` for a version that does not exist or that the history's retention removed.
         */
        post: operations["revertProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/products/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product's history of a workspace, newest first
         * @description Members of the product's workspace (any role) and platform admins, whatever its status; anyone else gets 404 `product_not_found`. An API key needs products:read. Keyset-paged on the version: pass `nextCursor` as `cursor` for older entries.
         */
        get: operations["listWorkspaceProductHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/products/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product as it was at a version of a workspace
         * @description Members of the product's workspace (any role) and platform admins, whatever its status; anyone else gets 404 `product_not_found`. An API key needs products:read. 404 `version_not_found` for a version that does not exist or that the history's retention removed.
         */
        get: operations["getWorkspaceProductVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/products/{id}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revert a product to a version of a workspace
         * @description Writes the values of `version` back as a new version (history change `revert`), under the rules of PATCH: who may change the product may revert it, an API key needs products:write. If-Match is required (428 `precondition_required` without it, 412 when stale), so a revert never undoes a change the caller has not seen. Every field but the pictures and the trash state is restored (a picture's files may be gone; POST …/restore takes a product out of the trash); categories deleted since are left out. Reverting to values equal to the current ones still writes a version. 404 `version_not_found` for a version that does not exist or that the history's retention removed.
         */
        post: operations["revertWorkspaceProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Autocomplete a workspace's tags
         * @description Every member (any role) and platform admins: the tags the workspace's products have used that start with `prefix`, alphabetically. Others get 404, as for a workspace that does not exist.
         */
        get: operations["suggestTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the category tree
         * @description No sign-in needed. The whole tree, flat: depth-first, siblings by position, each with its path of slugs. Revalidate with the ETag.
         */
        get: operations["listCategories"];
        put?: never;
        /**
         * Create a category
         * @description Platform admins. Under `parentId` (absent or null: a root), at most 8 levels deep, at `position` among its siblings (absent: last), who make room. Without `slug`, one is made from the name; a name with nothing to make one from (e.g. only non-Latin letters) needs one (400 `category_slug_required`).
         */
        post: operations["createCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an empty category
         * @description Platform admins. Only a category without subcategories and with no product filed under it (products in the trash count) can go: 409 `category_not_empty` otherwise.
         */
        delete: operations["deleteCategory"];
        options?: never;
        head?: never;
        /**
         * Rename, move or reorder a category
         * @description Platform admins. A new `name` or `slug`; a new `parentId` moves the category with its whole subtree (null: to the roots), inserted at `position` (absent: last); `position` alone reorders it among its siblings. Positions stay 0 to n-1 under every parent. Moving a category under itself or one of its descendants is 409 `category_cycle`.
         */
        patch: operations["updateCategory"];
        trace?: never;
    };
    "/api/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your workspaces
         * @description The workspaces you are a member of, each with your role and what it allows: your personal workspace first, then by name.
         */
        get: operations["listWorkspaces"];
        put?: never;
        /**
         * Create a workspace
         * @description You become its owner. Without `slug`, one is made from the name (with a short suffix when taken). A user owns at most WORKSPACES_PER_USER_MAX workspaces besides the personal one.
         */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a workspace
         * @description A workspace of yours (any platform admin may read any). Others answer 404, like a slug that does not exist.
         */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        /**
         * Delete a workspace and its products
         * @description Owners only. Its products, memberships and invitations go with it, so `confirm` must repeat the slug (400 `confirmation_required` otherwise). A personal workspace cannot be deleted.
         */
        delete: operations["deleteWorkspace"];
        options?: never;
        head?: never;
        /**
         * Rename a workspace
         * @description Owners and admins: a new name, a new slug, or both. The old slug stops working at once.
         */
        patch: operations["updateWorkspace"];
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Leave a workspace
         * @description Any member may leave, except the last owner (make another member an owner first) and no one their personal workspace.
         */
        post: operations["leaveWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/transfer-ownership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand the workspace over to another member
         * @description Owners only: the member named becomes an owner, you become an admin.
         */
        post: operations["transferOwnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the members
         * @description Every member sees them: owners first, then admins, editors and viewers, by name within each.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Owners and admins; only an owner removes an owner, and never the last one. Removing yourself is leaving (any role may).
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role
         * @description Owners and admins; only an owner changes an owner or makes someone one. The last owner cannot be demoted (409 `last_owner`).
         */
        patch: operations["changeMemberRole"];
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pending invitations
         * @description Owners and admins. Pending only (not accepted, revoked or expired), newest first; never a token.
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite someone
         * @description Owners and admins. With `email`, the link is mailed there (and replaces an earlier invitation to that address) and only that address may accept it; without, the answer holds a copyable link, shown once. Either is single-use and expires after INVITATION_TTL_SECONDS. Needs a confirmed email address (unless UNVERIFIED_USERS_MAY_WRITE). Nobody is invited as an owner. Members and pending invitations together stay within WORKSPACE_MEMBERS_MAX; a workspace sends at most INVITATIONS_PER_HOUR.
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an invitation
         * @description Owners and admins. Its link stops working at once.
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * See what an invitation offers
         * @description No sign-in needed: whoever holds the token (from the link) learns the workspace, the role and who invited them, to decide whether to sign in or register and accept.
         */
        post: operations["lookupInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation
         * @description Joins the workspace with the invitation's role and spends the invitation. An invitation mailed to an address is accepted only by the account with that address. Unknown, used, revoked and expired tokens are all 404 `invitation_invalid`.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log (platform admins)
         * @description Every entry, for platform admins (403 `forbidden` for anyone else). Filters: `actor` (a user's or an API key's id), `action` (one or several, comma-separated), `target` (`type:id` or an id), `from` and `to` (ISO times, both inclusive). Newest first, keyset-paged: pass `nextCursor` as `cursor` for older entries. With `Accept: text/csv` or `format=csv` the answer is every matching entry as CSV, streamed (no paging); the export is itself recorded (`audit_exported`).
         */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A workspace's audit log (its owners)
         * @description The entries of this workspace (invitations, membership changes, exports), for its owners and platform admins; another member gets 403 `insufficient_workspace_role`, anyone else 404 `workspace_not_found`. Filters: `actor` (a user's or an API key's id), `action` (one or several, comma-separated), `target` (`type:id` or an id), `from` and `to` (ISO times, both inclusive). Newest first, keyset-paged: pass `nextCursor` as `cursor` for older entries. With `Accept: text/csv` or `format=csv` the answer is every matching entry as CSV, streamed (no paging); the export is itself recorded (`audit_exported`).
         */
        get: operations["listWorkspaceAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI document */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description The Prometheus text format. Requires METRICS_TOKEN as a bearer token when the server has one; without one it is open in development and test, and answers 404 in production.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            /** @example urn:shelfwise:problem:validation_failed */
            type: string;
            /** @description The reason phrase of the status. */
            title: string;
            status: number;
            /** @description Safe to show to a person; never a stack or an internal message. */
            detail: string;
            /** @description Stable: branch on it. */
            code: string;
            /** @description Equals the X-Request-Id response header and the server log line. */
            requestId: string;
            /** @description One entry per invalid field. */
            errors?: components["schemas"]["FieldError"][];
            retryAfterSeconds?: number;
            /**
             * @description On 401 `invalid_refresh_token` and `session_revoked`, when the token presented belongs to a session that was ended on purpose: why. Absent for an unknown token and for a session that only expired.
             * @enum {string}
             */
            reason?: "logout" | "logout_all" | "password_changed" | "password_reset" | "account_deactivated" | "refresh_token_reuse";
        } & {
            [key: string]: unknown;
        };
        FieldError: {
            /** @enum {string} */
            in: "body" | "query" | "params" | "headers";
            /** @description Dotted path of the field, e.g. `price` or `tags.0`. */
            field: string;
            message: string;
            /** @description Joi rule that failed, e.g. `number.min` or `any.required`. */
            code: string;
        };
        DependencyCheck: {
            /** @enum {string} */
            status: "up" | "down";
            latencyMs: number;
            error?: string;
            /** @enum {string} */
            driver?: "redis" | "memory";
        };
        Liveness: {
            /** @constant */
            status: "ok";
            /** @description Seconds since the process started. */
            uptime: number;
            /** Format: date-time */
            timestamp: string;
            version: string;
        };
        Readiness: {
            /**
             * @description `degraded`: Redis or the read replica is down; reads go to the primary database.
             * @enum {string}
             */
            status: "ok" | "degraded";
            /** @constant */
            draining: false;
            checks: {
                database: components["schemas"]["DependencyCheck"];
                cache: components["schemas"]["DependencyCheck"];
                /** @description Only when DATABASE_REPLICA_URL is set; down degrades, reads go to the primary. */
                replica?: components["schemas"]["DependencyCheck"];
            };
        };
        User: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            name: string;
            /** @enum {string} */
            role: "USER" | "ADMIN";
            /** Format: date-time */
            createdAt: string;
            /** @description Whether sign-in asks for a TOTP code after the password. */
            twoFactorEnabled: boolean;
            /**
             * Format: date-time
             * @description When an admin deactivated the account (it cannot sign in); null while it is active.
             */
            deactivatedAt: string | null;
            /** @description Whether the owner has followed the confirmation link sent to `email`. */
            emailVerified: boolean;
        };
        AuthTokens: {
            user: components["schemas"]["User"];
            /** @description JWT for `Authorization: Bearer`. */
            accessToken: string;
            /** @description Also set as the HttpOnly cookie; single use. */
            refreshToken: string;
            /** @description Seconds until the access token expires. */
            expiresIn: number;
        };
        UserEnvelope: {
            user: components["schemas"]["User"];
        };
        UserPage: {
            data: components["schemas"]["User"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        MfaChallenge: {
            /** @constant */
            mfaRequired: true;
            /** @description Single use; good only for /login/two-factor, never as an access token. */
            mfaToken: string;
            /**
             * @description Seconds the mfaToken stays valid.
             * @constant
             */
            expiresIn: 300;
        };
        TwoFactorSetup: {
            /** @description Base32, for typing into the app by hand. */
            secret: string;
            /** @description The Key URI the QR code holds. */
            otpauthUrl: string;
            /** @description The QR code as a PNG data: URL, for an <img src>. */
            qrCode: string;
        };
        RecoveryCodes: {
            /** @description Shown this once; only their hashes are kept. Each signs in once in place of a code. */
            recoveryCodes: string[];
        };
        Message: {
            /** @description A sentence to show the person. */
            message: string;
        };
        VerifiedEmail: {
            /**
             * Format: email
             * @description The address now confirmed (after a change: the new one).
             */
            email: string;
        };
        LoginRequest: {
            /** Format: email */
            email: string;
            password: string;
        };
        RefreshRequest: {
            refreshToken?: string;
        };
        LogoutRequest: {
            refreshToken?: string;
        };
        UpdateMeRequest: {
            name: string;
        };
        ChangePasswordRequest: {
            currentPassword: string;
            /** @description At least 8 characters and at most 72 bytes in UTF-8, no NUL, not one of the most common passwords. No composition rules. */
            newPassword: string;
        };
        ChangeUserRoleRequest: {
            /** @enum {string} */
            role: "USER" | "ADMIN";
        };
        RegisterRequest: {
            /** Format: email */
            email: string;
            /** @description At least 8 characters and at most 72 bytes in UTF-8, no NUL, not one of the most common passwords. No composition rules. */
            password: string;
            name: string;
        };
        RequestPasswordResetRequest: {
            /** Format: email */
            email: string;
        };
        ConfirmPasswordResetRequest: {
            token: string;
            /** @description At least 8 characters and at most 72 bytes in UTF-8, no NUL, not one of the most common passwords. No composition rules. */
            newPassword: string;
        };
        VerifyEmailRequest: {
            token: string;
        };
        ChangeEmailRequest: {
            /** Format: email */
            newEmail: string;
            currentPassword: string;
        };
        LoginTwoFactorRequest: {
            mfaToken: string;
            /** @description The 6-digit code from the authenticator app (spaces allowed), or one unused recovery code (`xxxx-xxxx-xxxx-xxxx`, any case). */
            code: string;
        };
        EnableTwoFactorRequest: {
            code: string;
        };
        DisableTwoFactorRequest: {
            currentPassword: string;
            /** @description The 6-digit code from the authenticator app (spaces allowed), or one unused recovery code (`xxxx-xxxx-xxxx-xxxx`, any case). */
            code: string;
        };
        ApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The public part of the key (`sw_<prefix>_…`), to tell keys apart. */
            prefix: string;
            scopes: ("products:read" | "products:write")[];
            /**
             * Format: date-time
             * @description When the key stops working; null: never.
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @description The last request made with it, to within 60 seconds; null: never used.
             */
            lastUsedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CreatedApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The public part of the key (`sw_<prefix>_…`), to tell keys apart. */
            prefix: string;
            scopes: ("products:read" | "products:write")[];
            /**
             * Format: date-time
             * @description When the key stops working; null: never.
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @description The last request made with it, to within 60 seconds; null: never used.
             */
            lastUsedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The key itself: shown in this answer only, never again (only its SHA-256 is stored). */
            key: string;
        };
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
        };
        CreateApiKeyRequest: {
            name: string;
            scopes: ("products:read" | "products:write")[];
            /** Format: date-time */
            expiresAt?: string;
            /** @description Days from now until the key expires; not together with `expiresAt`. */
            expiresInDays?: number;
        };
        Product: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The workspace it belongs to: its members see it in every status, and its roles decide who may change it.
             */
            workspaceId: string;
            /**
             * Format: uuid
             * @description The user who created it (who may since have left the workspace).
             */
            ownerId: string;
            name: string;
            description: string;
            /** @description Unique per workspace, ignoring case, among the products outside the trash. */
            sku: string;
            /** @example 19.99 */
            price: string;
            /** @description ISO 4217. */
            currency: string;
            stock: number;
            /** @description Stock under this (and above 0) is low; null: no threshold. */
            lowStockThreshold: number | null;
            /**
             * @description out: none left; low: under lowStockThreshold; in: otherwise.
             * @enum {string}
             */
            stockState: "in" | "low" | "out";
            /** @enum {string} */
            status: "draft" | "active" | "archived";
            /** @description The categories it is filed under (GET /api/v1/categories). */
            categoryIds: string[];
            /** @description Normalised: lower case, single spaces. */
            tags: string[];
            /** @description In order; the first is the primary picture. */
            images: components["schemas"]["ProductImage"][];
            /**
             * Format: date-time
             * @description Set while the product is in the trash.
             */
            trashedAt: string | null;
            /**
             * Format: date-time
             * @description When a trashed product will be deleted for good (30 days after trashedAt, within the hour).
             */
            purgeAt: string | null;
            /** @description Incremented by every change. */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ProductImage: {
            /** Format: uuid */
            id: string;
            /** @description Of the largest variant (at most 1200). */
            width: number;
            height: number;
            /** @description The largest variant (WebP), at a content-addressed URL cached for a year. */
            url: string;
            /** @description Every variant with its width, for an <img srcset>. */
            srcset: string;
        };
        ProductTotal: {
            count: number;
            /** @description false when more than 10,000 match: show "10,000+". */
            exact: boolean;
        };
        ProductPage: {
            data: components["schemas"]["Product"][];
            /** @description Pass as `cursor` (with the same `sort`) for the next page of the same list; null on the last page. */
            nextCursor: string | null;
            /** @description On the first page only: how many products match. */
            total?: components["schemas"]["ProductTotal"];
        };
        ProductFacets: {
            total: components["schemas"]["ProductTotal"];
            /** @description Members' lists only. */
            status?: {
                draft?: components["schemas"]["ProductTotal"];
                active?: components["schemas"]["ProductTotal"];
                archived?: components["schemas"]["ProductTotal"];
            };
            stock: {
                in?: components["schemas"]["ProductTotal"];
                low?: components["schemas"]["ProductTotal"];
                out?: components["schemas"]["ProductTotal"];
            };
            currencies: {
                code: string;
                count: number;
                exact: boolean;
            }[];
            /** @description The children of `category` (or the root categories), each counted with its descendants. */
            categories: {
                /** Format: uuid */
                id: string;
                slug: string;
                name: string;
                count: number;
                exact: boolean;
            }[];
            /** @description A workspace's lists only: the most used tags among the first matches. */
            tags?: {
                name: string;
                count: number;
                exact: boolean;
            }[];
        };
        CreateProductRequest: {
            name: string;
            description?: string;
            sku: string;
            /** @description Exact decimal, at least 0, at most 2 decimal places, e.g. "19.99" (a string avoids float rounding in clients). Returned as a string with 2 places. */
            price: string | number;
            currency?: string;
            stock?: number;
            lowStockThreshold?: number | null;
            /** @enum {string} */
            status?: "draft" | "active" | "archived";
            categoryIds?: string[];
            /** @description Normalised (trimmed, inner spaces collapsed, lower case, NFKC); 1 to 40 characters each, no comma; at most 20, duplicates merged. */
            tags?: string[];
            id?: unknown;
            ownerId?: unknown;
            workspaceId?: unknown;
            version?: unknown;
            createdAt?: unknown;
            updatedAt?: unknown;
            stockState?: unknown;
            images?: unknown;
            trashedAt?: unknown;
            purgeAt?: unknown;
        };
        UpdateProductRequest: {
            name?: string;
            description?: string;
            sku?: string;
            /** @description Exact decimal, at least 0, at most 2 decimal places, e.g. "19.99" (a string avoids float rounding in clients). Returned as a string with 2 places. */
            price?: string | number;
            currency?: string;
            stock?: number;
            lowStockThreshold?: number | null;
            /** @enum {string} */
            status?: "draft" | "active" | "archived";
            categoryIds?: string[];
            /** @description Normalised (trimmed, inner spaces collapsed, lower case, NFKC); 1 to 40 characters each, no comma; at most 20, duplicates merged. */
            tags?: string[];
            id?: unknown;
            ownerId?: unknown;
            workspaceId?: unknown;
            version?: unknown;
            createdAt?: unknown;
            updatedAt?: unknown;
            stockState?: unknown;
            images?: unknown;
            trashedAt?: unknown;
            purgeAt?: unknown;
        };
        CreateWorkspaceProductRequest: {
            name: string;
            description?: string;
            sku: string;
            /** @description Exact decimal, at least 0, at most 2 decimal places, e.g. "19.99" (a string avoids float rounding in clients). Returned as a string with 2 places. */
            price: string | number;
            currency?: string;
            stock?: number;
            lowStockThreshold?: number | null;
            /** @enum {string} */
            status?: "draft" | "active" | "archived";
            categoryIds?: string[];
            /** @description Normalised (trimmed, inner spaces collapsed, lower case, NFKC); 1 to 40 characters each, no comma; at most 20, duplicates merged. */
            tags?: string[];
            id?: unknown;
            ownerId?: unknown;
            workspaceId?: unknown;
            version?: unknown;
            createdAt?: unknown;
            updatedAt?: unknown;
            stockState?: unknown;
            images?: unknown;
            trashedAt?: unknown;
            purgeAt?: unknown;
        };
        UpdateWorkspaceProductRequest: {
            name?: string;
            description?: string;
            sku?: string;
            /** @description Exact decimal, at least 0, at most 2 decimal places, e.g. "19.99" (a string avoids float rounding in clients). Returned as a string with 2 places. */
            price?: string | number;
            currency?: string;
            stock?: number;
            lowStockThreshold?: number | null;
            /** @enum {string} */
            status?: "draft" | "active" | "archived";
            categoryIds?: string[];
            /** @description Normalised (trimmed, inner spaces collapsed, lower case, NFKC); 1 to 40 characters each, no comma; at most 20, duplicates merged. */
            tags?: string[];
            id?: unknown;
            ownerId?: unknown;
            workspaceId?: unknown;
            version?: unknown;
            createdAt?: unknown;
            updatedAt?: unknown;
            stockState?: unknown;
            images?: unknown;
            trashedAt?: unknown;
            purgeAt?: unknown;
        };
        ReorderProductImagesRequest: {
            /** @description Every picture id of the product, each once, in the new order; the first becomes the primary picture. */
            order: string[];
        };
        ReorderWorkspaceProductImagesRequest: {
            /** @description Every picture id of the product, each once, in the new order; the first becomes the primary picture. */
            order: string[];
        };
        HistoryEntry: {
            /** @description The version this change produced (1: created). */
            version: number;
            /**
             * @description create; update (fields); images (pictures only); trash; restore; revert (to `revertedTo`); import and bulk (by a job).
             * @enum {string}
             */
            change: "create" | "update" | "images" | "trash" | "restore" | "revert" | "import" | "bulk";
            /** @description For a revert: the version whose values were restored. */
            revertedTo: number | null;
            /** Format: date-time */
            at: string;
            actor: {
                /** @enum {string} */
                type: "user" | "apiKey" | "system";
                /**
                 * Format: uuid
                 * @description The user's id, or the API key's; null for the system.
                 */
                id: string | null;
                /** @description The user's name (or email), or the key's name; null for the system or an account deleted since. */
                name: string | null;
            };
            /** @description The X-Request-Id of the request that made it. */
            requestId: string | null;
            /** @description The background job that made it (imports, bulk edits). */
            jobId: string | null;
            /** @description Each field whose value changed, against the previous version (for a creation, every field with `old` null). */
            changes: {
                /** @enum {string} */
                field: "name" | "description" | "sku" | "price" | "currency" | "stock" | "lowStockThreshold" | "status" | "categoryIds" | "tags" | "images" | "trashedAt";
                old: string | number | string[] | null;
                new: string | number | string[] | null;
            }[];
        };
        HistoryPage: {
            data: components["schemas"]["HistoryEntry"][];
            /** @description Pass as `cursor` for the next (older) page; null on the last. */
            nextCursor: string | null;
        };
        ProductVersion: {
            version: number;
            /** Format: date-time */
            at: string;
            product: {
                name: string;
                description: string | null;
                sku: string;
                price: string;
                currency: string;
                stock: number;
                lowStockThreshold: number | null;
                /** @enum {string} */
                status: "draft" | "active" | "archived";
                categoryIds: string[];
                tags: string[];
                /** @description The pictures' ids, in order. */
                images: string[];
                /** Format: date-time */
                trashedAt: string | null;
            };
        };
        RevertProductRequest: {
            /** @description The version whose values to restore. */
            version: number;
        };
        RevertWorkspaceProductRequest: {
            /** @description The version whose values to restore. */
            version: number;
        };
        TagSuggestions: {
            data: {
                name: string;
            }[];
        };
        /** @description A category of the platform-wide tree that products are filed under. */
        Category: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Null for a root.
             */
            parentId: string | null;
            name: string;
            /** @example teaware */
            slug: string;
            /** @description Its place among its siblings: they hold 0 to n-1. */
            position: number;
            /** @description The slugs from the root down to this category, e.g. ["kitchen", "teaware", "teapots"]. */
            path: string[];
        };
        CategoryList: {
            /** @description Every category, depth-first, siblings by position. */
            data: components["schemas"]["Category"][];
        };
        CreateCategoryRequest: {
            name: string;
            /** @description Unique, whatever the case. Made from the name when absent (lower case, accents dropped, hyphens). */
            slug?: string;
            /**
             * Format: uuid
             * @description The parent category; null (or absent on create): a root.
             */
            parentId?: string | null;
            /** @description Place among its siblings, from 0; the others move up to make room. Absent, or past the last: after the last. */
            position?: number;
        };
        UpdateCategoryRequest: {
            name?: string;
            /** @description Unique, whatever the case. Made from the name when absent (lower case, accents dropped, hyphens). */
            slug?: string;
            /**
             * Format: uuid
             * @description The parent category; null (or absent on create): a root.
             */
            parentId?: string | null;
            /** @description Place among its siblings, from 0; the others move up to make room. Absent, or past the last: after the last. */
            position?: number;
        };
        /** @description A workspace as the caller sees it. */
        Workspace: {
            /** Format: uuid */
            id: string;
            /** @example acme-tea */
            slug: string;
            name: string;
            /** @description The workspace every user gets with their account: never shared, left or deleted. */
            personal: boolean;
            /**
             * @description The caller's role here; null for a platform admin who is not a member.
             * @enum {string|null}
             */
            role: "owner" | "admin" | "editor" | "viewer" | null;
            /** @description The actions the caller may take here: the server's policy (see the README's role matrix), so that clients show only what will be accepted. */
            allowed: ("workspace.read" | "workspace.rename" | "workspace.delete" | "workspace.leave" | "member.list" | "member.invite" | "member.change_role" | "member.remove" | "ownership.transfer" | "invitation.list" | "invitation.revoke" | "product.read_drafts" | "product.create" | "product.update" | "product.delete" | "audit.read")[];
            memberCount: number;
            /** Format: date-time */
            createdAt: string;
        };
        WorkspaceList: {
            data: components["schemas"]["Workspace"][];
        };
        Member: {
            /** Format: uuid */
            userId: string;
            name: string;
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "editor" | "viewer";
            /** Format: date-time */
            joinedAt: string;
        };
        MemberList: {
            data: components["schemas"]["Member"][];
        };
        Invitation: {
            /** Format: uuid */
            id: string;
            /**
             * Format: email
             * @description The address it was mailed to; null for a copyable link.
             */
            email: string | null;
            /** @enum {string} */
            role: "admin" | "editor" | "viewer";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            invitedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            };
        };
        InvitationList: {
            data: components["schemas"]["Invitation"][];
        };
        CreatedInvitation: {
            invitation: components["schemas"]["Invitation"];
            /**
             * Format: uri
             * @description For an invitation without `email`: the link to hand over (PUBLIC_URL/invitations/accept?token=…), in this answer only (only its SHA-256 is stored). Null when the link was mailed.
             */
            url: string | null;
        };
        /** @description What a pending invitation offers, for whoever holds its token. */
        InvitationPreview: {
            workspace: {
                name: string;
                /** @example acme-tea */
                slug: string;
            };
            /** @enum {string} */
            role: "admin" | "editor" | "viewer";
            /**
             * Format: email
             * @description Only this address may accept it; null: whoever holds the link.
             */
            email: string | null;
            invitedBy: {
                name: string;
            };
            /** Format: date-time */
            expiresAt: string;
        };
        CreateWorkspaceRequest: {
            name: string;
            slug?: string;
        };
        UpdateWorkspaceRequest: {
            name?: string;
            slug?: string;
        };
        TransferOwnershipRequest: {
            /** Format: uuid */
            userId: string;
        };
        ChangeMemberRoleRequest: {
            /** @enum {string} */
            role: "owner" | "admin" | "editor" | "viewer";
        };
        CreateInvitationRequest: {
            /** Format: email */
            email?: string;
            /** @enum {string} */
            role: "admin" | "editor" | "viewer";
        };
        LookupInvitationRequest: {
            token: string;
        };
        AcceptInvitationRequest: {
            token: string;
        };
        AuditEntry: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            action: "signed_in" | "sign_in_failed" | "sign_in_locked_out" | "signed_out" | "refresh_token_reused" | "sessions_revoked" | "password_changed" | "password_reset" | "email_changed" | "user_role_changed" | "two_factor_enabled" | "two_factor_disabled" | "two_factor_reset" | "user_deactivated" | "user_reactivated" | "api_key_created" | "api_key_revoked" | "workspace_created" | "workspace_renamed" | "workspace_deleted" | "invitation_created" | "invitation_revoked" | "invitation_accepted" | "member_role_changed" | "member_removed" | "member_left" | "ownership_transferred" | "audit_exported" | "products_exported";
            actor: {
                /** @enum {string} */
                type: "user" | "apiKey" | "system";
                /**
                 * Format: uuid
                 * @description The user's id, or the API key's; null for the system.
                 */
                id: string | null;
                /**
                 * Format: uuid
                 * @description The user who acted (an API key's owner); null for the system.
                 */
                userId: string | null;
                /** @description The user's name (or email), or the key's name; null for the system or one deleted since. */
                name: string | null;
            };
            target: {
                /** @enum {string} */
                type: "user" | "api_key" | "invitation" | "workspace" | "audit_log";
                /**
                 * Format: uuid
                 * @description Null where there is none: a failed sign-in for an address no account has, an export of the whole log.
                 */
                id: string | null;
            };
            /**
             * Format: uuid
             * @description The workspace it happened in; its owners may read the entry.
             */
            workspaceId: string | null;
            /** @description The client's address (as TRUST_PROXY lets the API see it); null for the system. */
            ip: string | null;
            userAgent: string | null;
            /** @description The X-Request-Id of the request, to find its log lines. */
            requestId: string | null;
            /** @description What else the action says (e.g. a role change's `from` and `to`, a failed sign-in's `reason`). */
            detail: {
                [key: string]: unknown;
            };
        };
        AuditPage: {
            data: components["schemas"]["AuditEntry"][];
            nextCursor: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to take traffic. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Service Unavailable: `draining`, `not_ready` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "draining" | "not_ready";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description A new session. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description The refresh-token cookie `shelfwise_refresh` (HttpOnly, SameSite=Strict, Path=/api/v1/auth; cleared on logout), and on sign-in also the device cookie `shelfwise_device` (same attributes, 1 year). */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokens"];
                };
            };
            /** @description The password is right and the account has two-factor sign-in on: no session yet. Send the `mfaToken` and a code to /login/two-factor. */
            202: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaChallenge"];
                };
            };
            /** @description Bad Request: `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_credentials` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_credentials";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `account_deactivated` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "account_deactivated";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description A new access token and refresh token for the same session. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description The refresh-token cookie `shelfwise_refresh` (HttpOnly, SameSite=Strict, Path=/api/v1/auth; cleared on logout), and on sign-in also the device cookie `shelfwise_device` (same attributes, 1 year). */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokens"];
                };
            };
            /** @description Bad Request: `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_refresh_token` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_refresh_token";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LogoutRequest"];
            };
        };
        responses: {
            /** @description Signed out; the refresh cookie is cleared. */
            204: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description The refresh-token cookie `shelfwise_refresh` (HttpOnly, SameSite=Strict, Path=/api/v1/auth; cleared on logout), and on sign-in also the device cookie `shelfwise_device` (same attributes, 1 year). */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    logoutAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the refresh cookie is cleared. */
            204: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description The refresh-token cookie `shelfwise_refresh` (HttpOnly, SameSite=Strict, Path=/api/v1/auth; cleared on logout), and on sign-in also the device cookie `shelfwise_device` (same attributes, 1 year). */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeRequest"];
            };
        };
        responses: {
            /** @description The updated caller. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            /** @description Bad Request: `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Changed. */
            204: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `invalid_current_password`, `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_current_password" | "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description Bad Request: `invalid_cursor`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_cursor" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    changeUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeUserRoleRequest"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            /** @description Bad Request: `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `user_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "user_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `last_admin` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "last_admin";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deactivated user. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            /** @description Bad Request: `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `user_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "user_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `cannot_deactivate_self`, `last_admin` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "cannot_deactivate_self" | "last_admin";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    reactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reactivated user. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            /** @description Bad Request: `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `user_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "user_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description Registered, or the owner of the address was told; either way an email is on its way. */
            202: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Bad Request: `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestPasswordResetRequest"];
            };
        };
        responses: {
            /** @description Accepted; an email follows if an account has the address. */
            202: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Bad Request: `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmPasswordResetRequest"];
            };
        };
        responses: {
            /** @description The password is changed; sign in with it. */
            204: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `malformed_json`, `reset_token_expired`, `reset_token_invalid`, `reset_token_used`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "reset_token_expired" | "reset_token_invalid" | "reset_token_used" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailRequest"];
            };
        };
        responses: {
            /** @description Confirmed. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifiedEmail"];
                };
            };
            /** @description Bad Request: `malformed_json`, `validation_failed`, `verification_token_expired`, `verification_token_invalid`, `verification_token_used` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed" | "verification_token_expired" | "verification_token_invalid" | "verification_token_used";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `email_unavailable` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "email_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sent. */
            202: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `email_already_verified` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "email_already_verified";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited`, `too_many_emails` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited" | "too_many_emails";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    changeEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeEmailRequest"];
            };
        };
        responses: {
            /** @description The link is on its way to the new address. */
            202: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Bad Request: `invalid_current_password`, `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_current_password" | "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `email_unchanged` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "email_unchanged";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited`, `too_many_emails` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited" | "too_many_emails";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    loginTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginTwoFactorRequest"];
            };
        };
        responses: {
            /** @description A new session. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description The refresh-token cookie `shelfwise_refresh` (HttpOnly, SameSite=Strict, Path=/api/v1/auth; cleared on logout), and on sign-in also the device cookie `shelfwise_device` (same attributes, 1 year). */
                    "Set-Cookie": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokens"];
                };
            };
            /** @description Bad Request: `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `mfa_token_expired`, `mfa_token_invalid`, `two_factor_code_invalid`, `two_factor_code_reused` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "mfa_token_expired" | "mfa_token_invalid" | "two_factor_code_invalid" | "two_factor_code_reused";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    setUpTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret, as text, Key URI and QR code. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorSetup"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `two_factor_already_enabled` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "two_factor_already_enabled";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    enableTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnableTwoFactorRequest"];
            };
        };
        responses: {
            /** @description On; the recovery codes, shown once. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description Bad Request: `malformed_json`, `two_factor_code_invalid`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "two_factor_code_invalid" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `two_factor_already_enabled`, `two_factor_not_set_up` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "two_factor_already_enabled" | "two_factor_not_set_up";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    disableTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableTwoFactorRequest"];
            };
        };
        responses: {
            /** @description Off. */
            204: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `invalid_current_password`, `malformed_json`, `two_factor_code_invalid`, `two_factor_code_reused`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_current_password" | "malformed_json" | "two_factor_code_invalid" | "two_factor_code_reused" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `two_factor_not_enabled` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "two_factor_not_enabled";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    resetUserTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Off for that user. */
            204: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `user_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "user_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your keys. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The key, with its secret this once. */
            201: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description Bad Request: `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `too_many_api_keys` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "too_many_api_keys";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `api_key_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "api_key_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "-createdAt" | "createdAt" | "price" | "-price" | "name" | "-name";
                q?: string;
                currency?: string;
                /** @description Decimal amount, bounds included; needs `currency` (prices of two currencies are never compared). */
                minPrice?: string;
                /** @description Decimal amount, bounds included; needs `currency` (prices of two currencies are never compared). */
                maxPrice?: string;
                status?: "draft" | "active" | "archived";
                stock?: "in" | "low" | "out";
                /** @description A category's slug or id: products filed under it or any of its descendants. An unknown one is 400 `unknown_category`. */
                category?: string;
                /** @description Tags separated by commas, each normalised like a product's; with `tagMatch=all` (the default) a product must have every one, with `any` one of them. A tag no product here ever had is 400 `unknown_tag`. */
                tags?: string;
                tagMatch?: "all" | "any";
                owner?: "me" | string;
            };
            header?: {
                /** @description An ETag already held; the answer is 304 without a body when it is still current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Whether the answer came from the cache: `HIT` or `MISS`; `STALE` when the database is unavailable and this is the last cached copy, past its freshness (by at most the server's `STALE_IF_ERROR_SECONDS`). */
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPage"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `invalid_cursor`, `unknown_category`, `unknown_tag`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_cursor" | "unknown_category" | "unknown_tag" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `status_filter_forbidden` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_scope" | "status_filter_forbidden";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended creation (e.g. a UUID): a retry with the same key and body gets the first answer back instead of a second resource. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    /** @description URL of the created resource. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Bad Request: `invalid_idempotency_key`, `malformed_json`, `unknown_category`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_idempotency_key" | "malformed_json" | "unknown_category" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `email_not_verified`, `insufficient_scope` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "email_not_verified" | "insufficient_scope";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `duplicate_sku`, `idempotency_key_conflict` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "duplicate_sku" | "idempotency_key_conflict";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "idempotency_key_reused";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listProductFacets: {
        parameters: {
            query?: {
                limit?: unknown;
                cursor?: unknown;
                sort?: unknown;
                q?: string;
                currency?: string;
                /** @description Decimal amount, bounds included; needs `currency` (prices of two currencies are never compared). */
                minPrice?: string;
                /** @description Decimal amount, bounds included; needs `currency` (prices of two currencies are never compared). */
                maxPrice?: string;
                status?: "draft" | "active" | "archived";
                stock?: "in" | "low" | "out";
                /** @description A category's slug or id: products filed under it or any of its descendants. An unknown one is 400 `unknown_category`. */
                category?: string;
                /** @description Tags separated by commas, each normalised like a product's; with `tagMatch=all` (the default) a product must have every one, with `any` one of them. A tag no product here ever had is 400 `unknown_tag`. */
                tags?: string;
                tagMatch?: "all" | "any";
                owner?: "me" | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductFacets"];
                };
            };
            /** @description Bad Request: `unknown_category`, `unknown_tag`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "unknown_category" | "unknown_tag" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `status_filter_forbidden` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_scope" | "status_filter_forbidden";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held; the answer is 304 without a body when it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The product id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Whether the answer came from the cache: `HIT` or `MISS`; `STALE` when the database is unavailable and this is the last cached copy, past its freshness (by at most the server's `STALE_IF_ERROR_SECONDS`). */
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProduct: {
        parameters: {
            query?: {
                permanent?: boolean;
            };
            header?: {
                /** @description The ETag last read; the change is refused with 412 when the resource changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description The product id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description In the trash (or, with permanent=true, deleted). */
            204: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `email_not_verified`, `insufficient_scope`, `insufficient_workspace_role`, `not_product_owner` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "email_not_verified" | "insufficient_scope" | "insufficient_workspace_role" | "not_product_owner";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `not_in_trash` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "not_in_trash";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed: `precondition_failed` */
            412: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "precondition_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the change is refused with 412 when the resource changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description The product id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateProductRequest"];
            };
        };
        responses: {
            /** @description The changed product. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Bad Request: `malformed_json`, `unknown_category`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "unknown_category" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `email_not_verified`, `insufficient_scope`, `insufficient_workspace_role`, `not_product_owner` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "email_not_verified" | "insufficient_scope" | "insufficient_workspace_role" | "not_product_owner";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `duplicate_sku`, `product_in_trash` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "duplicate_sku" | "product_in_trash";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed: `precondition_failed` */
            412: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "precondition_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the change is refused with 412 when the resource changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description The product id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored product. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `email_not_verified`, `insufficient_scope`, `insufficient_workspace_role`, `not_product_owner` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "email_not_verified" | "insufficient_scope" | "insufficient_workspace_role" | "not_product_owner";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `duplicate_sku`, `not_in_trash` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "duplicate_sku" | "not_in_trash";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed: `precondition_failed` */
            412: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "precondition_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkspaceProducts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                sort?: "-createdAt" | "createdAt" | "price" | "-price" | "name" | "-name";
                q?: string;
                currency?: string;
                /** @description Decimal amount, bounds included; needs `currency` (prices of two currencies are never compared). */
                minPrice?: string;
                /** @description Decimal amount, bounds included; needs `currency` (prices of two currencies are never compared). */
                maxPrice?: string;
                status?: "draft" | "active" | "archived";
                stock?: "in" | "low" | "out";
                /** @description A category's slug or id: products filed under it or any of its descendants. An unknown one is 400 `unknown_category`. */
                category?: string;
                /** @description Tags separated by commas, each normalised like a product's; with `tagMatch=all` (the default) a product must have every one, with `any` one of them. A tag no product here ever had is 400 `unknown_tag`. */
                tags?: string;
                tagMatch?: "all" | "any";
                /** @description Refused here (400): the workspace is the owner. */
                owner?: unknown;
                trashed?: boolean;
            };
            header?: {
                /** @description An ETag already held; the answer is 304 without a body when it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The workspace's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Whether the answer came from the cache: `HIT` or `MISS`; `STALE` when the database is unavailable and this is the last cached copy, past its freshness (by at most the server's `STALE_IF_ERROR_SECONDS`). */
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPage"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `invalid_cursor`, `unknown_category`, `unknown_tag`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_cursor" | "unknown_category" | "unknown_tag" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_scope";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createWorkspaceProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per intended creation (e.g. a UUID): a retry with the same key and body gets the first answer back instead of a second resource. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The workspace's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkspaceProductRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    /** @description URL of the created resource. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Bad Request: `invalid_idempotency_key`, `malformed_json`, `unknown_category`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_idempotency_key" | "malformed_json" | "unknown_category" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `email_not_verified`, `insufficient_scope`, `insufficient_workspace_role` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "email_not_verified" | "insufficient_scope" | "insufficient_workspace_role";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `duplicate_sku`, `idempotency_key_conflict` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "duplicate_sku" | "idempotency_key_conflict";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "idempotency_key_reused";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkspaceProductFacets: {
        parameters: {
            query?: {
                limit?: unknown;
                cursor?: unknown;
                sort?: unknown;
                q?: string;
                currency?: string;
                /** @description Decimal amount, bounds included; needs `currency` (prices of two currencies are never compared). */
                minPrice?: string;
                /** @description Decimal amount, bounds included; needs `currency` (prices of two currencies are never compared). */
                maxPrice?: string;
                status?: "draft" | "active" | "archived";
                stock?: "in" | "low" | "out";
                /** @description A category's slug or id: products filed under it or any of its descendants. An unknown one is 400 `unknown_category`. */
                category?: string;
                /** @description Tags separated by commas, each normalised like a product's; with `tagMatch=all` (the default) a product must have every one, with `any` one of them. A tag no product here ever had is 400 `unknown_tag`. */
                tags?: string;
                tagMatch?: "all" | "any";
                /** @description Refused here (400): the workspace is the owner. */
                owner?: unknown;
                trashed?: boolean;
            };
            header?: never;
            path: {
                /** @description The workspace's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductFacets"];
                };
            };
            /** @description Bad Request: `unknown_category`, `unknown_tag`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "unknown_category" | "unknown_tag" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_scope";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkspaceProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held; the answer is 304 without a body when it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The workspace's slug. */
                slug: string;
                /** @description The product id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Whether the answer came from the cache: `HIT` or `MISS`; `STALE` when the database is unavailable and this is the last cached copy, past its freshness (by at most the server's `STALE_IF_ERROR_SECONDS`). */
                    "X-Cache": "HIT" | "MISS" | "STALE";
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_scope";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found`, `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found" | "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWorkspaceProduct: {
        parameters: {
            query?: {
                permanent?: boolean;
            };
            header?: {
                /** @description The ETag last read; the change is refused with 412 when the resource changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description The workspace's slug. */
                slug: string;
                /** @description The product id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description In the trash (or, with permanent=true, deleted). */
            204: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `email_not_verified`, `insufficient_scope`, `insufficient_workspace_role` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "email_not_verified" | "insufficient_scope" | "insufficient_workspace_role";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found`, `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found" | "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `not_in_trash` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "not_in_trash";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed: `precondition_failed` */
            412: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "precondition_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWorkspaceProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the change is refused with 412 when the resource changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description The workspace's slug. */
                slug: string;
                /** @description The product id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateWorkspaceProductRequest"];
            };
        };
        responses: {
            /** @description The changed product. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Bad Request: `malformed_json`, `unknown_category`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "unknown_category" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `email_not_verified`, `insufficient_scope`, `insufficient_workspace_role` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "email_not_verified" | "insufficient_scope" | "insufficient_workspace_role";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found`, `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found" | "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `duplicate_sku`, `product_in_trash` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "duplicate_sku" | "product_in_trash";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed: `precondition_failed` */
            412: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "precondition_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreWorkspaceProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the change is refused with 412 when the resource changed since. */
                "If-Match"?: string;
            };
            path: {
                /** @description The workspace's slug. */
                slug: string;
                /** @description The product id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored product. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `email_not_verified`, `insufficient_scope`, `insufficient_workspace_role` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "email_not_verified" | "insufficient_scope" | "insufficient_workspace_role";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found`, `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found" | "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `duplicate_sku`, `not_in_trash` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "duplicate_sku" | "not_in_trash";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed: `precondition_failed` */
            412: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "precondition_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    reorderProductImages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReorderProductImagesRequest"];
            };
        };
        responses: {
            /** @description The product, with its pictures in their new order. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Bad Request: `invalid_image_order`, `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_image_order" | "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `email_not_verified`, `insufficient_scope`, `insufficient_workspace_role`, `not_product_owner` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "email_not_verified" | "insufficient_scope" | "insufficient_workspace_role" | "not_product_owner";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `product_in_trash` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "product_in_trash";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    addProductImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description One JPEG, PNG, WebP or AVIF picture.
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The new picture and the product with it. */
            201: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        image: components["schemas"]["ProductImage"];
                        product: components["schemas"]["Product"];
                    };
                };
            };
            /** @description Bad Request: `image_required` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "image_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `email_not_verified`, `insufficient_scope`, `insufficient_workspace_role`, `not_product_owner` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "email_not_verified" | "insufficient_scope" | "insufficient_workspace_role" | "not_product_owner";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `product_in_trash`, `too_many_images` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "product_in_trash" | "too_many_images";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `image_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "image_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_image_type` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_image_type";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `image_too_many_pixels`, `image_unreadable` */
            422: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "image_too_many_pixels" | "image_unreadable";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProductImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product id (a UUID). */
                id: string;
                /** @description The picture id (a UUID). */
                imageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product, with its pictures in their new order. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `email_not_verified`, `insufficient_scope`, `insufficient_workspace_role`, `not_product_owner` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "email_not_verified" | "insufficient_scope" | "insufficient_workspace_role" | "not_product_owner";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `image_not_found`, `product_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "image_not_found" | "product_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `product_in_trash` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "product_in_trash";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    reorderWorkspaceProductImages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product id (a UUID). */
                id: string;
                /** @description The workspace's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReorderWorkspaceProductImagesRequest"];
            };
        };
        responses: {
            /** @description The product, with its pictures in their new order. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Bad Request: `invalid_image_order`, `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_image_order" | "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `email_not_verified`, `insufficient_scope`, `insufficient_workspace_role`, `not_product_owner` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "email_not_verified" | "insufficient_scope" | "insufficient_workspace_role" | "not_product_owner";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found`, `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found" | "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `product_in_trash` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "product_in_trash";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    addWorkspaceProductImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product id (a UUID). */
                id: string;
                /** @description The workspace's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description One JPEG, PNG, WebP or AVIF picture.
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The new picture and the product with it. */
            201: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        image: components["schemas"]["ProductImage"];
                        product: components["schemas"]["Product"];
                    };
                };
            };
            /** @description Bad Request: `image_required` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "image_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `email_not_verified`, `insufficient_scope`, `insufficient_workspace_role`, `not_product_owner` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "email_not_verified" | "insufficient_scope" | "insufficient_workspace_role" | "not_product_owner";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found`, `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found" | "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `product_in_trash`, `too_many_images` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "product_in_trash" | "too_many_images";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `image_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "image_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_image_type` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_image_type";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `image_too_many_pixels`, `image_unreadable` */
            422: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 422;
                        /** @enum {unknown} */
                        code?: "image_too_many_pixels" | "image_unreadable";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWorkspaceProductImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product id (a UUID). */
                id: string;
                /** @description The picture id (a UUID). */
                imageId: string;
                /** @description The workspace's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product, with its pictures in their new order. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `email_not_verified`, `insufficient_scope`, `insufficient_workspace_role`, `not_product_owner` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "email_not_verified" | "insufficient_scope" | "insufficient_workspace_role" | "not_product_owner";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `image_not_found`, `product_not_found`, `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "image_not_found" | "product_not_found" | "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `product_in_trash` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "product_in_trash";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getImageFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held; the answer is 304 without a body when it is still current. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description `<digest>-<width>.webp`, as in an image's `url` and `srcset`. */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The picture, WebP. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/webp": string;
                };
            };
            /** @description Unchanged: the ETag sent in If-None-Match. */
            304: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found: `image_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "image_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listProductHistory: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The product id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryPage"];
                };
            };
            /** @description Bad Request: `invalid_cursor`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_cursor" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_scope";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getProductVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product id (a UUID). */
                id: string;
                /** @description The version (1 = as created). */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product right after that version. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductVersion"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_scope";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found`, `version_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found" | "version_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    revertProduct: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag last read; the change is refused with 412 when the resource changed since. */
                "If-Match": string;
            };
            path: {
                /** @description The product id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevertProductRequest"];
            };
        };
        responses: {
            /** @description The product, as GET answers it. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Bad Request: `malformed_json`, `unknown_category`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "unknown_category" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `email_not_verified`, `insufficient_scope`, `insufficient_workspace_role`, `not_product_owner` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "email_not_verified" | "insufficient_scope" | "insufficient_workspace_role" | "not_product_owner";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found`, `version_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found" | "version_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `duplicate_sku`, `product_in_trash` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "duplicate_sku" | "product_in_trash";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed: `precondition_failed` */
            412: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "precondition_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required: `precondition_required` */
            428: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 428;
                        /** @enum {unknown} */
                        code?: "precondition_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkspaceProductHistory: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The product id (a UUID). */
                id: string;
                /** @description The workspace's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryPage"];
                };
            };
            /** @description Bad Request: `invalid_cursor`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_cursor" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_scope";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found`, `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found" | "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkspaceProductVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product id (a UUID). */
                id: string;
                /** @description The version (1 = as created). */
                version: number;
                /** @description The workspace's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product right after that version. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductVersion"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_scope";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found`, `version_not_found`, `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found" | "version_not_found" | "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    revertWorkspaceProduct: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag last read; the change is refused with 412 when the resource changed since. */
                "If-Match": string;
            };
            path: {
                /** @description The product id (a UUID). */
                id: string;
                /** @description The workspace's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevertWorkspaceProductRequest"];
            };
        };
        responses: {
            /** @description The product, as GET answers it. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Bad Request: `malformed_json`, `unknown_category`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "unknown_category" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `email_not_verified`, `insufficient_scope`, `insufficient_workspace_role`, `not_product_owner` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "email_not_verified" | "insufficient_scope" | "insufficient_workspace_role" | "not_product_owner";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `product_not_found`, `version_not_found`, `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "product_not_found" | "version_not_found" | "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `duplicate_sku`, `product_in_trash` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "duplicate_sku" | "product_in_trash";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Failed: `precondition_failed` */
            412: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 412;
                        /** @enum {unknown} */
                        code?: "precondition_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Precondition Required: `precondition_required` */
            428: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 428;
                        /** @enum {unknown} */
                        code?: "precondition_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    suggestTags: {
        parameters: {
            query?: {
                /** @description The start of the tags wanted, normalised like a tag (case, spacing); empty or absent: the first ones. */
                prefix?: string;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The workspace's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching tags, at most `limit`. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagSuggestions"];
                };
            };
            /** @description Bad Request: `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_expired`, `api_key_revoked`, `invalid_api_key`, `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "api_key_expired" | "api_key_revoked" | "invalid_api_key" | "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_scope";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listCategories: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag already held; the answer is 304 without a body when it is still current. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every category. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryList"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCategoryRequest"];
            };
        };
        responses: {
            /** @description The new category. */
            201: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description URL of the created resource. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            /** @description Bad Request: `category_slug_required`, `category_too_deep`, `malformed_json`, `unknown_category`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "category_slug_required" | "category_too_deep" | "malformed_json" | "unknown_category" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `platform_admin_required`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "platform_admin_required" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `category_slug_taken` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "category_slug_taken";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The category id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; its siblings after it moved down one. */
            204: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `platform_admin_required`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "platform_admin_required" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `category_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "category_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `category_not_empty` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "category_not_empty";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The category id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateCategoryRequest"];
            };
        };
        responses: {
            /** @description The category as it now is. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            /** @description Bad Request: `category_too_deep`, `malformed_json`, `unknown_category`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "category_too_deep" | "malformed_json" | "unknown_category" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `platform_admin_required`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "platform_admin_required" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `category_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "category_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `category_cycle`, `category_slug_taken` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "category_cycle" | "category_slug_taken";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkspaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your workspaces. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceList"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkspaceRequest"];
            };
        };
        responses: {
            /** @description The new workspace. */
            201: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description URL of the created resource. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Bad Request: `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `slug_taken`, `workspace_limit_reached` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "slug_taken" | "workspace_limit_reached";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Bad Request: `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWorkspace: {
        parameters: {
            query?: {
                /** @description The workspace's slug again, to confirm. */
                confirm?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted, with its products. */
            204: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `confirmation_required`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "confirmation_required" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_workspace_role`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_workspace_role" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `personal_workspace` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "personal_workspace";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateWorkspaceRequest"];
            };
        };
        responses: {
            /** @description The renamed workspace. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Bad Request: `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_workspace_role`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_workspace_role" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `slug_taken` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "slug_taken";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    leaveWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description You are no longer a member. */
            204: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_workspace_role`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_workspace_role" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `last_owner`, `personal_workspace` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "last_owner" | "personal_workspace";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    transferOwnership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferOwnershipRequest"];
            };
        };
        responses: {
            /** @description The workspace, with your new role. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Bad Request: `malformed_json`, `transfer_to_self`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "transfer_to_self" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_workspace_role`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_workspace_role" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `member_not_found`, `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "member_not_found" | "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The members. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberList"];
                };
            };
            /** @description Bad Request: `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_workspace_role`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_workspace_role" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `member_not_found`, `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "member_not_found" | "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `last_owner`, `personal_workspace` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "last_owner" | "personal_workspace";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    changeMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeMemberRoleRequest"];
            };
        };
        responses: {
            /** @description The member, with the new role. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Bad Request: `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_workspace_role`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_workspace_role" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `member_not_found`, `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "member_not_found" | "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `last_owner` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "last_owner";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pending invitations. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationList"];
                };
            };
            /** @description Bad Request: `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_workspace_role`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_workspace_role" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationRequest"];
            };
        };
        responses: {
            /** @description The invitation, and its link when it was not mailed. */
            201: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedInvitation"];
                };
            };
            /** @description Bad Request: `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `email_not_verified`, `insufficient_workspace_role`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "email_not_verified" | "insufficient_workspace_role" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_member`, `member_limit_reached`, `personal_workspace` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "already_member" | "member_limit_reached" | "personal_workspace";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `invitation_rate_limited`, `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "invitation_rate_limited" | "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_workspace_role`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_workspace_role" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `invitation_not_found`, `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "invitation_not_found" | "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    lookupInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LookupInvitationRequest"];
            };
        };
        responses: {
            /** @description The invitation. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreview"];
                };
            };
            /** @description Bad Request: `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `invitation_invalid` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "invitation_invalid";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationRequest"];
            };
        };
        responses: {
            /** @description The workspace joined. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Bad Request: `malformed_json`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `invitation_for_another_address`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "invitation_for_another_address" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `invitation_invalid` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "invitation_invalid";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_member`, `member_limit_reached` */
            409: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "already_member" | "member_limit_reached";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` */
            413: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 413;
                        /** @enum {unknown} */
                        code?: "payload_too_large";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_charset`, `unsupported_encoding` */
            415: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 415;
                        /** @enum {unknown} */
                        code?: "unsupported_charset" | "unsupported_encoding";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listAudit: {
        parameters: {
            query?: {
                /** @description A user's id (what they did, with any of their keys too) or an API key's (what was done with it). */
                actor?: string;
                /** @description One action, or several separated by commas. */
                action?: string;
                /** @description `type:id` (type one of user, api_key, invitation, workspace, audit_log) or a bare id. */
                target?: string;
                /** @description Entries at or after this time (ISO 8601). */
                from?: string;
                /** @description Entries at or before this time (ISO 8601). */
                to?: string;
                limit?: number;
                cursor?: string;
                /** @description `csv` streams every matching entry as CSV (as `Accept: text/csv` does); paging does not apply. */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, or (CSV) every matching entry. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                    "text/csv": string;
                };
            };
            /** @description Bad Request: `invalid_cursor`, `invalid_time_range`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_cursor" | "invalid_time_range" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkspaceAudit: {
        parameters: {
            query?: {
                /** @description A user's id (what they did, with any of their keys too) or an API key's (what was done with it). */
                actor?: string;
                /** @description One action, or several separated by commas. */
                action?: string;
                /** @description `type:id` (type one of user, api_key, invitation, workspace, audit_log) or a bare id. */
                target?: string;
                /** @description Entries at or after this time (ISO 8601). */
                from?: string;
                /** @description Entries at or before this time (ISO 8601). */
                to?: string;
                limit?: number;
                cursor?: string;
                /** @description `csv` streams every matching entry as CSV (as `Accept: text/csv` does); paging does not apply. */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                /** @description The workspace's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, or (CSV) every matching entry. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                    "text/csv": string;
                };
            };
            /** @description Bad Request: `invalid_cursor`, `invalid_time_range`, `validation_failed` */
            400: {
                headers: {
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit?: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "invalid_cursor" | "invalid_time_range" | "validation_failed";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_token`, `session_revoked`, `token_expired`, `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "invalid_token" | "session_revoked" | "token_expired" | "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_workspace_role`, `session_required` */
            403: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "insufficient_workspace_role" | "session_required";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `workspace_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "workspace_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document. */
            200: {
                headers: {
                    /** @description Version of the representation; send it back in If-Match to update or delete safely. */
                    ETag?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        openapi: "3.1.0";
                        info: Record<string, never>;
                        paths: Record<string, never>;
                    };
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "rate_limited";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` */
            500: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 500;
                        /** @enum {unknown} */
                        code?: "internal_error";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Remaining quota per policy (IETF draft-ietf-httpapi-ratelimit-headers-08), e.g. `"api"; r=599; t=60`; one item per limiter that applies. */
                    RateLimit: string;
                    /** @description The quota policies, e.g. `"api"; q=600; w=60; pk=:…:` (q: requests, w: window in seconds, pk: partition key). */
                    "RateLimit-Policy": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 503;
                        /** @enum {unknown} */
                        code?: "service_unavailable";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every metric of this instance. */
            200: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description Caching policy of the answer. */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Unauthorized: `unauthorized` */
            401: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    /** @description The scheme to authenticate with (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 401;
                        /** @enum {unknown} */
                        code?: "unauthorized";
                    } & components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `route_not_found` */
            404: {
                headers: {
                    /** @description The id of this request in the server logs; the one the client sent when it was sane, else a new UUID. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "route_not_found";
                    } & components["schemas"]["Problem"];
                };
            };
        };
    };
}
