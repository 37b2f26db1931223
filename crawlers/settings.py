"""Scrapy settings for siqing's crawls.

The deployment's crawl section (siqing.yaml) overrides the politeness values at run time
(crawlers/run.py); the order of the item pipelines is readable here, in one place.
"""

BOT_NAME = "siqing"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

ROBOTSTXT_OBEY = True
USER_AGENT = "siqing/0.1 (+people's congress office information service)"
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 0
# A page cut short (Content-Length larger than what arrived) is an error, retried, never stored.
DOWNLOAD_FAIL_ON_DATALOSS = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
LOG_FORMATTER = "crawlers.logformat.ShortLogFormatter"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
# Government sites serve many pages per list; depth-first keeps memory flat on long paginations.
DEPTH_PRIORITY = 0
# Scrapy starts CONCURRENT_ITEMS asyncio tasks for every response's output (default 100); the item
# pipelines here are synchronous, so more than a few buys nothing and the tasks cost a third of a
# many-source crawl's time (120 sources of the sample sites: 59-67 s -> 38 s with the next setting too).
CONCURRENT_ITEMS = 8
# Scrapy re-reads and parses a callback's source (inspect + ast) to warn of a generator returning a value;
# its cache holds 128 bound methods, fewer than a many-source crawl has, so it parsed on most responses.
# The same check runs once over siqing's spiders in tests/crawlers/test_spider_callbacks.py.
WARN_ON_GENERATOR_RETURN_VALUE = False

DOWNLOADER_MIDDLEWARES = {
    # Before everything (RobotsTxtMiddleware at 100 makes its own robots.txt request): the source's proxy.
    "crawlers.middlewares.proxy.SourceProxyMiddleware": 40,
    # First of all (50), the scope check runs on every request, redirects included.
    "crawlers.middlewares.scope.ScopeMiddleware": 50,
    # Backoff instead of Scrapy's immediate re-queue (its RetryMiddleware sits at 550).
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.middlewares.retry.BackoffRetryMiddleware": 550,
    # process_response runs from high to low numbers: the guard sees a redirect before
    # Scrapy's RedirectMiddleware (600) follows it. HttpProxyMiddleware (750) stays on: it
    # reads http_proxy/https_proxy/no_proxy, and a source's `proxy` goes in request.meta.
    "crawlers.middlewares.scope.RedirectGuardMiddleware": 650,
}
SIQING_RETRY_BASE_DELAY = 1.0
SIQING_RETRY_MAX_DELAY = 60.0
SIQING_RESOLVE_HOSTS = True

ITEM_PIPELINES = {
    "crawlers.pipelines.validate.ValidatePipeline": 100,
    "crawlers.pipelines.window.WindowPipeline": 200,
    "crawlers.pipelines.store.StorePipeline": 900,
}
