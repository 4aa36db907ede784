import { NextResponse, type NextRequest } from "next/server";

// A path with broken percent-encoding (e.g. /suivi/acces/%ff) cannot name anything here.
// Route parameter decoding would fail with a 500; show the localised "not found" page instead.
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return NextResponse.rewrite(new URL("/introuvable", request.url));
  }

  return NextResponse.next();
}

// Only the routes with parameters taken from the path.
export const config = {
  matcher: ["/suivi/:path+", "/boite-mail/:path+", "/api/uploads/:path+"],
};
