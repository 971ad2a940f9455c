import { defineBackground } from 'wxt/utils/define-background';

// The service worker has no work yet: the watchlist handlers (lib/db) are wired here when they land.
export default defineBackground(() => {});
