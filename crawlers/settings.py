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
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
# Government sites serve many pages per list; depth-first keeps memory flat on long paginations.
DEPTH_PRIORITY = 0

DOWNLOADER_MIDDLEWARES = {
    # Before Scrapy's own redirect handling sees a response (600) and after it builds the
    # follow-up request, the scope check runs on every request, redirects included.
    "crawlers.middlewares.scope.ScopeMiddleware": 50,
}

ITEM_PIPELINES = {
    "crawlers.pipelines.validate.ValidatePipeline": 100,
    "crawlers.pipelines.window.WindowPipeline": 200,
    "crawlers.pipelines.store.StorePipeline": 900,
}
