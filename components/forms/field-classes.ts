// The look every form control and group shares, so the forms of the site read as one.

export const inputClass =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700";

export const fieldsetClass = "space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6";

export const legendClass = "px-1 text-lg font-semibold text-slate-900";
