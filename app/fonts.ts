import localFont from "next/font/local";

// Served from the npm package: no font is ever fetched from the internet.
export const inter = localFont({
  src: [
    { path: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2", weight: "100 900" },
    { path: "../node_modules/@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2", weight: "100 900" },
  ],
  variable: "--font-inter",
  display: "swap",
});
