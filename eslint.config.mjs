import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
    },
  },
  {
    // lib/ is the domain core: nothing of the project above it, nothing of Next.js or Drizzle.
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@/db/*", "@/server/*", "@/app/*", "@/components/*", "next", "next/*", "drizzle-orm", "drizzle-orm/*", "../../db/*"] }],
    },
  },
  {
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@/db/*", "@/db", "@/server/*", "@/auth"] }],
    },
  },
];

export default config;
