-- AlterTable
-- Edited by hand: schema.prisma can only declare this column as Unsupported("tsvector"); PostgreSQL
-- keeps it in step with name, sku and description. 'simple': no stemming or stop words, so product
-- names, brands and SKUs are matched as typed, in any language. The punctuation translated to spaces
-- is what the default parser would otherwise glue into hosts, versions or signed numbers
-- ("SW-000123" -> 'sw', '-000123'); search.ts applies the same translation to `q`, so both sides
-- split text into the same words.
ALTER TABLE "Product" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, translate("name"::text || ' ' || "sku"::text || ' ' || "description"::text, '-_./\@:+&#<>', '            '))
) STORED;

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "ownerId" UUID NOT NULL,
    "scope" VARCHAR(64) NOT NULL,
    "key" VARCHAR(255) NOT NULL,
    "requestHash" CHAR(64) NOT NULL,
    "status" INTEGER,
    "body" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("ownerId","scope","key")
);

-- CreateIndex
CREATE INDEX "IdempotencyKey_expiresAt_idx" ON "IdempotencyKey"("expiresAt");

-- CreateIndex
CREATE INDEX "Product_status_price_id_idx" ON "Product"("status", "price", "id");

-- CreateIndex
CREATE INDEX "Product_status_name_id_idx" ON "Product"("status", "name", "id");

-- CreateIndex
CREATE INDEX "Product_ownerId_price_id_idx" ON "Product"("ownerId", "price", "id");

-- CreateIndex
CREATE INDEX "Product_ownerId_name_id_idx" ON "Product"("ownerId", "name", "id");

-- CreateIndex
CREATE INDEX "Product_search_idx" ON "Product" USING GIN ("search");
