import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "./auth.config";

// Convenience only: signed-out visitors of protected pages go to /login and come back after.
// Every page, action and handler checks permissions itself (server/session.ts).
const { auth } = NextAuth(authConfig);

const PUBLIC_PATHS = ["/login", "/api/", "/_next/", "/favicon"];

export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  const headers = new Headers(request.headers);
  headers.set("x-timbang-path", pathname + search);
  const isPublic = pathname === "/" || PUBLIC_PATHS.some((p) => pathname.startsWith(p));
  if (!isPublic && !request.auth) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  return NextResponse.next({ request: { headers } });
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
