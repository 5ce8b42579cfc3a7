-- AlterTable
ALTER TABLE "RefreshToken" ADD COLUMN     "successorSealed" VARCHAR(128);
