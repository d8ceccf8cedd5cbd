import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./server/security-headers";

// Convenience only: signed-out visitors of protected pages go to /login and come back after.
// It looks for the session cookie without decoding or refreshing it (a refreshed cookie racing
// a sign-out would sign the user back in); every page, action and handler checks the session
// and permissions itself (server/session.ts).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const PUBLIC_PREFIXES = ["/login", "/api/", "/_next/"];

export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-timbang-path", pathname + search);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  // Server actions answer for themselves (authorize() returns the translated signed-out message);
  // a redirect here would only break the action call.
  const isServerAction = request.method === "POST" && request.headers.has("next-action");
  const isPublic =
    isServerAction || pathname === "/" || /\.[a-z0-9]+$/i.test(pathname) || PUBLIC_PREFIXES.some((p) => pathname.startsWith(p));
  const hasSession = request.cookies
    .getAll()
    .some(({ name }) => SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
  if (!isPublic && !hasSession) {
    const login = new URL("/login", request.nextUrl);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
