/** Tags of cached data (not pages): named here so the reader and the revalidation agree. */
export const NEWS_FILTER_OPTIONS_TAG = 'news-filter-options';
