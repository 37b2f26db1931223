"""The top floor: the only place that wires the stages (crawlers, processing, briefings) together.

cli (argument parsing, error -> exit code), commands/ (one module a verb), jobs (crawl, process, brief
and send runs with their records), schedule (serve), status, backup, dataset (the analysts' pandas API)
and demo/ (the bundled sample sites). The kernel below (siqing.config, siqing.store, siqing.errors,
siqing.divisions, siqing.clock, siqing.workdays) never imports anything from here.
"""
