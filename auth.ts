import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { getDb } from "@/db/client";
import { findActiveUserByEmail } from "@/db/queries/users";
import { verifyPassword } from "@/lib/password";
import { checkRateLimit, countRateLimitHit } from "@/server/rate-limit";

export class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1) });

export const { auth, handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        if ((await checkRateLimit("signInFailure", email)).limited) throw new TooManyAttempts();
        const { db } = await getDb();
        const user = await findActiveUserByEmail(db, email);
        if (!user || !(await verifyPassword(user.passwordHash, password))) {
          await countRateLimitHit("signInFailure", email);
          return null;
        }
        return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
      },
    }),
  ],
});
