"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

interface Item {
  href: string;
  label: string;
}

// Phones get a disclosure menu once a role has more links than fit on one line; wider screens
// keep the links inline. <details> keeps it keyboard- and screen-reader-usable without a script.
const INLINE_ON_PHONE_UP_TO = 3;

function activeHref(items: Item[], pathname: string): string | undefined {
  return items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

function Links({ items, active, className }: { items: Item[]; active?: string; className: string }) {
  return items.map((item) => (
    <Link
      key={item.href}
      href={item.href}
      aria-current={item.href === active ? "page" : undefined}
      className={`whitespace-nowrap rounded px-2 py-1 font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800 aria-[current=page]:underline aria-[current=page]:underline-offset-4 ${className}`}
    >
      {item.label}
    </Link>
  ));
}

export function NavLinks({ items, label, menuLabel }: { items: Item[]; label: string; menuLabel: string }) {
  const pathname = usePathname();
  const active = activeHref(items, pathname);
  if (items.length <= INLINE_ON_PHONE_UP_TO) {
    return (
      <nav aria-label={label} className="flex flex-1 flex-wrap gap-1 text-sm">
        <Links items={items} active={active} className="" />
      </nav>
    );
  }
  const current = items.find((item) => item.href === active)?.label;
  return (
    <>
      <nav aria-label={label} className="hidden flex-1 flex-wrap gap-1 text-sm md:flex">
        <Links items={items} active={active} className="" />
      </nav>
      {/* Keyed by path so the menu closes after a navigation. */}
      <details key={pathname} className="group relative flex-1 text-sm md:hidden">
        <summary className="inline-flex cursor-pointer list-none items-center gap-2 rounded border border-slate-300 px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
          <span aria-hidden="true">☰</span>
          {menuLabel}
          {current && <span className="font-normal text-slate-600">· {current}</span>}
        </summary>
        <nav aria-label={label} className="absolute left-0 z-40 mt-1 flex w-60 flex-col gap-0.5 rounded border border-slate-200 bg-white p-1 shadow-lg">
          <Links items={items} active={active} className="block py-2" />
        </nav>
      </details>
    </>
  );
}
