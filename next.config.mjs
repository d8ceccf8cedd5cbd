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
  async headers() {
    const production = process.env.NODE_ENV === "production" && process.env.TIMBANG_INSECURE_HTTP !== "1";
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
          ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
