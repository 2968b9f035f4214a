"""`citeqa bench`: one run that measures citeqa and its baselines, and reports against targets.

One job per module, lower rows never importing higher ones:

    stats.py       latency summaries (p50/p95), timing a callable over the questions
    processes.py   subprocesses measured from outside: wall time, peak RSS, `citeqa serve` on loopback
    cold_start.py  the floor process, `citeqa ingest`, one-shot `citeqa ask`, server start to first answer
    load.py        closed-loop HTTP clients against /api/ask (also behind scripts/load_ask.py)
    in_process.py  ingest and `Engine.ask` timed inside this process
    quickstart.py  the llama-index quickstart baseline, run in its own process
    targets.py     ratios between the measurements, targets judged pass or fail
    report.py      the JSON report and the same figures as Markdown tables
    runner.py      runs the parts in order and collects them into one report
"""
