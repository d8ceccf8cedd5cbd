import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM from its own package files; bundling it breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres"],
  experimental: {
    authInterrupts: true,
    // Appeals carry up to 5 evidence files of 5 MB each (checked again in the action).
    serverActions: { bodySizeLimit: "27mb" },
    proxyClientMaxBodySize: "27mb",
  },
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
