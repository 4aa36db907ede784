import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Read when the server starts (see HTTP_COMPRESSION in lib/env.ts and the README).
  compress: process.env.HTTP_COMPRESSION !== "off",
  // Lets several development servers share one checkout.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  serverExternalPackages: ["pino", "pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  experimental: {
    serverActions: { bodySizeLimit: "1mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          // No address of ours, which may hold a ticket number, is ever sent to another site;
          // magic-link URLs get no-referrer below.
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        // Listed last so it wins: these headers replace the ones a route sets itself, and a
        // magic-link URL (it holds the token) must never be sent as a referer.
        source: "/suivi/acces/:token*",
        headers: [{ key: "Referrer-Policy", value: "no-referrer" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
