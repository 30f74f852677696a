/** Plain links with rel prev/next, so paging works without JavaScript. Labels come translated. */
export function Pagination({
  page,
  pageCount,
  href,
  labels,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  labels: { nav: string; previous: string; next: string; pageOf: string };
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="mt-8 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          ← {labels.previous}
        </a>
      ) : (
        <span />
      )}
      <span className="text-gray-700">{labels.pageOf}</span>
      {page < pageCount ? (
        <a href={href(page + 1)} rel="next">
          {labels.next} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
